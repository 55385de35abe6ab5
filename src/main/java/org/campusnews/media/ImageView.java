package org.campusnews.media;

/**
 * An image as a public page shows it: {@code <img src srcset sizes width height alt loading="lazy">}.
 *
 * @param srcset null for images shown as uploaded (animated GIFs)
 */
public record ImageView(String src, String srcset, String sizes, int width, int height, String alt) {
}
