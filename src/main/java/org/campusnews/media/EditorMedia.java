package org.campusnews.media;

import java.util.List;

import org.campusnews.config.CampusNewsProperties;

/**
 * The media an article editor shows: the chosen cover and attachments (items since deleted from the library are left
 * out) and the upload limits its scripts check before sending.
 *
 * @param cover null without a cover
 */
public record EditorMedia(MediaItem cover, List<MediaItem> attachments, CampusNewsProperties.Media settings) {
}
