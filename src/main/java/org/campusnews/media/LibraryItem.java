package org.campusnews.media;

import java.util.List;

/**
 * One item as the media library page shows it, with everything already made for display.
 *
 * @param thumbnail the address of the smallest rendition; null for files
 * @param alt the description in the page's language
 * @param dimensions width × height in pixels; null for files
 * @param uploadedAt the upload time in the site's time zone, to the minute
 * @param uses where the item is used; empty when nowhere
 * @param deletable whether the person looking may delete it (the server checks again)
 */
public record LibraryItem(long id, String name, String url, String thumbnail, String alt, FileFamily family,
        String dimensions, String size, String uploadedAt, String uploadedBy, List<MediaUsage> uses, boolean deletable) {
}
