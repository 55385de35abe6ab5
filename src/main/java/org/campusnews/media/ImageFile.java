package org.campusnews.media;

/**
 * A stored rendition of an image, as a feed's enclosure names it.
 *
 * @param path the public address of the rendition ({@code /media/<sha256>/w<width>})
 */
public record ImageFile(String path, String contentType, long length) {
}
