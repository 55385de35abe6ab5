package org.campusnews.media;

/** One line of an article's attachment list. */
public record AttachmentView(String name, FileFamily family, String extension, String size, String url) {
}
