package org.campusnews.media;

import org.campusnews.i18n.Language;

/**
 * An item of the library as the article editor shows it: what its scripts receive (JSON) for uploads and pickers, and
 * what the editor page lists as the chosen cover and attachments.
 *
 * @param thumbnail the address of the smallest rendition, for images
 * @param insertSrc the address to put in an article body ({@code <img src>}), with the size to show it at
 */
public record MediaItem(long id, String sha256, String kind, String family, String name, long size, String sizeText,
        Integer width, Integer height, String url, String thumbnail, String insertSrc, Integer insertWidth,
        Integer insertHeight, String altZh, String altEn) {

    public static MediaItem of(Media media, MediaViews views) {
        Integer insertWidth = null;
        Integer insertHeight = null;
        String insertSrc = null;
        String thumbnail = null;
        if (media.isImage()) {
            insertWidth = Math.min(media.getWidth(), MediaViews.COLUMN_WIDTH);
            insertHeight = Math.max(1, (int) Math.round((double) insertWidth * media.getHeight() / media.getWidth()));
            insertSrc = media.isAnimated() ? media.getUrl() : media.renditionUrl(MediaViews.COLUMN_WIDTH);
            thumbnail = views.thumbnail(media.getSha256());
        }
        return new MediaItem(media.getId(), media.getSha256(), media.getKind().name(), media.getFileType().family().name(),
                media.getOriginalName(), media.getSizeBytes(), MediaSizes.format(media.getSizeBytes()), media.getWidth(),
                media.getHeight(), media.getUrl(), thumbnail, insertSrc, insertWidth, insertHeight,
                media.getAltZh(), media.getAltEn());
    }

    /** The description in this language, empty when there is none. */
    public String alt(Language language) {
        String alt = language == Language.ZH ? altZh : altEn;
        return alt == null ? "" : alt;
    }
}
