package org.campusnews.article.web;

import org.campusnews.article.ViewCount;
import org.campusnews.pagecache.LiveCount;

/** An article's browse count as the number its kept page shows. */
record LiveBrowseCount(ViewCount views) implements LiveCount {

    @Override
    public long countView() {
        return views.countView();
    }

    @Override
    public long current() {
        return views.current();
    }
}
