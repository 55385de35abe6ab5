package org.campusnews.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A page of articles, newest release first.
 *
 * @param next the cursor of the following page, null on the last one
 */
record ArticleList(
        List<ArticleItem> items,
        @Schema(description = "The cursor of the following page; null on the last page", nullable = true) String next,
        @Schema(description = "The most articles a page of this list holds") int limit) {
}
