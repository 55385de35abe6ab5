package org.campusnews.feed.web;

/** A feed as a page announces it in its head: {@code <link rel="alternate" type title href>}. */
public record FeedLink(String type, String title, String href) {
}
