package org.campusnews.api;

/** The answer to a reported view: the article's browse count, including the view when it was counted. */
record ViewReport(long id, long browseCount, boolean counted) {
}
