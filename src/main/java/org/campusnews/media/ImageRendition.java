package org.campusnews.media;

/** One size in which an image is served: its path on the site and its width in pixels. */
public record ImageRendition(String path, int width) {
}
