package org.campusnews.media.admin;

import org.campusnews.media.Media;
import org.campusnews.media.MediaSizes;
import org.campusnews.media.MediaViews;

/**
 * An item of the library as the editor's scripts receive it (JSON).
 *
 * @param insertSrc the address to put in an article body ({@code <img src>}), with the size to show it at
 */
record MediaItem(long id, String sha256, String kind, String family, String name, long size, String sizeText,
        Integer width, Integer height, String url, String thumbnail, String insertSrc, Integer insertWidth,
        Integer insertHeight, String altZh, String altEn) {

    static MediaItem of(Media media, MediaViews views) {
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
}
