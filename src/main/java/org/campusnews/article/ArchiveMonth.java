package org.campusnews.article;

import java.time.YearMonth;

/** A month of the site's time zone in which articles were released, with how many are published in a language. */
public record ArchiveMonth(YearMonth month, long count) {
}
