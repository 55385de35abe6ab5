package org.campusnews.media;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where files are used. The media library shows it and refuses to delete a file in use, but the uses are the
 * business of the features that use files (articles: covers, body images, attachments), which depend on media and
 * answer through this interface; media knows none of them.
 */
public interface MediaUses {

    /**
     * Where each of these items is used, keyed by item id, within the caller's transaction; items used nowhere are
     * absent.
     */
    Map<Long, List<MediaUsage>> of(Collection<Long> mediaIds);
}
