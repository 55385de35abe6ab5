package org.campusnews.api;

import java.util.List;

/**
 * A page of articles, newest release first.
 *
 * @param next the cursor of the following page, null on the last one
 */
record ArticleList(List<ArticleItem> items, String next, int limit) {
}
