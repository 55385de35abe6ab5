package org.campusnews.feed;

/** What a feed covers: the whole site, one section, or what one department published or translated. */
public enum FeedScope {
    SITE, SECTION, DEPARTMENT
}
