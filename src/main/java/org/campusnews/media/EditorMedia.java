package org.campusnews.media;

import java.util.List;

import org.campusnews.config.CampusNewsProperties;

/**
 * The media an article editor shows: the chosen cover and attachments (items since deleted from the library are left
 * out) and the upload limits its scripts check before sending.
 *
 * @param cover null without a cover
 */
public record EditorMedia(MediaItem cover, List<MediaItem> attachments, UploadLimits limits) {

    /** The largest image and attachment, in bytes for the scripts and in megabytes for their messages. */
    public record UploadLimits(long maxImageBytes, long maxAttachmentBytes, String maxImage, String maxAttachment) {

        static UploadLimits of(CampusNewsProperties.Media settings) {
            return new UploadLimits(settings.maxImageSize().toBytes(), settings.maxAttachmentSize().toBytes(),
                    settings.maxImageSize().toMegabytes() + " MB", settings.maxAttachmentSize().toMegabytes() + " MB");
        }
    }
}
