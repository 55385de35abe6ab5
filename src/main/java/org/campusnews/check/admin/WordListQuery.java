package org.campusnews.check.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** The search and page of the word list, as its links carry them. */
public class WordListQuery {

    @Size(max = 100)
    private String q = "";

    @Min(1)
    @Max(100_000)
    private int page = 1;

    /** The query string without the page, for the pager's links. */
    String withoutPage() {
        return q == null || q.isBlank() ? "" : "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8).replace("+", "%20") + "&";
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
