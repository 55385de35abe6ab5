package org.campusnews.media;

/** Images appear in pages (body, cover); attachments are listed under an article for download. */
public enum MediaKind {
    IMAGE, ATTACHMENT
}
