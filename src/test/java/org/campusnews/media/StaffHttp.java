package org.campusnews.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import org.jsoup.Jsoup;

/** A signed-in staff member's browser over real HTTP, for what MockMvc does not do: the servlet container's limits. */
final class StaffHttp {

    private final String base;
    private final HttpClient http;

    StaffHttp(int port, String username, String password) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String token = token("/login");
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token);
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Sign-in failed: " + signedIn.statusCode() + " " + signedIn.headers().map());
        }
    }

    /** The CSRF token of the first form on a page. */
    String token(String page) {
        String html = send(HttpRequest.newBuilder(URI.create(base + page)).GET().build()).body();
        return Jsoup.parse(html).select("input[name=_csrf]").first().val();
    }

    /**
     * Posts a multipart form with one file of {@code size} bytes (starting with {@code start}, then zeros) that is
     * generated while it is sent, and the given fields. The CSRF token goes in a header, as the editor's scripts send
     * it, unless the fields hold it, as the library's form does.
     */
    HttpResponse<String> postFile(String path, String accept, String fileName, byte[] start, long size, String... fields) {
        return postFile(path, accept, fileName, "application/octet-stream", start, size, fields);
    }

    /** As {@link #postFile(String, String, String, byte[], long, String...)}, with the file's part declaring this type. */
    HttpResponse<String> postFile(String path, String accept, String fileName, String contentType, byte[] start, long size,
            String... fields) {
        String boundary = "----campusnews" + System.nanoTime();
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            head.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(fields[i]).append("\"\r\n\r\n")
                    .append(fields[i + 1]).append("\r\n");
        }
        head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(fileName).append("\"\r\n")
                .append("Content-Type: ").append(contentType).append("\r\n\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long length = headBytes.length + size + tail.length;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(headBytes),
                                new GeneratedFile(start, size), new ByteArrayInputStream(tail))))), length));
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (!List.of(fields).contains("_csrf")) {
            request.header("X-CSRF-TOKEN", token("/admin/media"));
        }
        return send(request.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** {@code start}, then zeros up to {@code size} bytes, without holding them in memory. */
    private static final class GeneratedFile extends InputStream {

        private final byte[] start;
        private final long size;
        private long position;

        GeneratedFile(byte[] start, long size) {
            this.start = start;
            this.size = size;
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            int value = position < start.length ? start[(int) position] & 0xff : 0;
            position++;
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                long at = position + i;
                buffer[offset + i] = at < start.length ? start[(int) at] : 0;
            }
            position += count;
            return count;
        }
    }
}
