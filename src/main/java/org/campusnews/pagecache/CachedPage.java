package org.campusnews.pagecache;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

import org.springframework.http.HttpHeaders;

/** A visitor's page as rendered once: its bytes, the headers it was answered with, and what it shows. */
final class CachedPage {

    private static final ResponseHeader ARTICLE_CACHE_CONTROL =
            new ResponseHeader(HttpHeaders.CACHE_CONTROL, PageCapture.ARTICLE_CACHE_CONTROL);
    private static final ResponseHeader LIST_CACHE_CONTROL =
            new ResponseHeader(HttpHeaders.CACHE_CONTROL, PageCapture.LIST_CACHE_CONTROL);
    private static final ResponseHeader ARTICLE_IMAGE_CACHE_CONTROL =
            new ResponseHeader(HttpHeaders.CACHE_CONTROL, PageCapture.ARTICLE_IMAGE_CACHE_CONTROL);

    private final PageFacts facts;
    private final long[] shown;
    private final PageBody body;
    private final String contentType;
    private final List<ResponseHeader> headers;
    private final String version;
    private final long lastModified;

    CachedPage(PageFacts facts, PageBody body, String contentType, List<ResponseHeader> headers, byte[] rendered) {
        this.facts = facts;
        this.shown = sorted(facts.shownArticles(), facts.kind() == PageKind.ARTICLE ? facts.subjectId() : null);
        this.body = body;
        this.contentType = contentType;
        this.headers = List.copyOf(headers);
        this.version = digest(rendered);
        this.lastModified = lastModified(this.headers);
    }

    PageKind kind() {
        return facts.kind();
    }

    long subjectId() {
        return facts.subjectId();
    }

    long sectionId() {
        return facts.sectionId();
    }

    /** Whether the page shows this article: as its subject, in its list, or as a Previous/Next link. */
    boolean shows(long articleId) {
        return Arrays.binarySearch(shown, articleId) >= 0;
    }

    LiveCount count() {
        return facts.count();
    }

    PageBody body() {
        return body;
    }

    String contentType() {
        return contentType;
    }

    List<ResponseHeader> headers() {
        return headers;
    }

    ResponseHeader cacheControl() {
        if (facts.kind() == PageKind.ARTICLE_IMAGE) {
            return ARTICLE_IMAGE_CACHE_CONTROL;
        }
        return facts.kind() == PageKind.ARTICLE ? ARTICLE_CACHE_CONTROL : LIST_CACHE_CONTROL;
    }

    /** Whether it is sent gzip-encoded to clients that accept it. */
    boolean compressible() {
        return facts.kind().compressible();
    }

    /**
     * A strong validator of the bytes sent: it changes with the page's content, with the count it shows and with the
     * encoding. Being strong, it also tells the container that the body is final and must not be compressed again.
     */
    String etag(String filling, boolean gzip) {
        return "\"" + version + (filling.isEmpty() ? "" : "-" + filling) + (gzip ? "-gz" : "") + "\"";
    }

    /** The page's Last-Modified date in milliseconds, or -1 when it has none. */
    long lastModified() {
        return lastModified;
    }

    int weight() {
        return body.weight() + shown.length * 8 + 256;
    }

    private static long[] sorted(Collection<Long> ids, Long subject) {
        long[] all = ids.stream().mapToLong(Long::longValue).toArray();
        if (subject != null) {
            all = Arrays.copyOf(all, all.length + 1);
            all[all.length - 1] = subject;
        }
        Arrays.sort(all);
        return all;
    }

    private static long lastModified(List<ResponseHeader> headers) {
        for (ResponseHeader header : headers) {
            if (header.name().equalsIgnoreCase(HttpHeaders.LAST_MODIFIED)) {
                return ZonedDateTime.parse(header.value(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
            }
        }
        return -1;
    }

    private static String digest(byte[] rendered) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(rendered);
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
