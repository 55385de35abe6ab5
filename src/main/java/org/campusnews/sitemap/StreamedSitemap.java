package org.campusnews.sitemap;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A sitemap that is not kept by the page cache: its validators, known from a cheap query before anything is written,
 * and the writing itself, which reads the database as it writes.
 *
 * @param etag a weak entity tag (weak, so that the container may still compress the body)
 * @param lastModified milliseconds, or -1 when the sitemap has no such date
 */
public record StreamedSitemap(String etag, long lastModified, Body body) {

    public void writeTo(OutputStream out) throws IOException {
        body.writeTo(out);
    }

    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }
}
