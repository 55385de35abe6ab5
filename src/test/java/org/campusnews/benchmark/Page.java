package org.campusnews.benchmark;

/** A measured page: a short name for the report, and its path (with query) on the site. */
record Page(String name, String path) {
}
