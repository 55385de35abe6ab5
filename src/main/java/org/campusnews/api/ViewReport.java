package org.campusnews.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to a reported view: the article's browse count, including the view when it was counted. */
record ViewReport(long id, @Schema(description = "The article's browse count") long browseCount,
        @Schema(description = "Whether this view was counted: not for a crawler") boolean counted) {
}
