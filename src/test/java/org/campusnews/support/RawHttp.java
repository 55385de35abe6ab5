package org.campusnews.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;

/**
 * HTTP/1.1 written byte by byte on a socket, for requests that ordinary clients refuse to send: a lone {@code %} or
 * {@code %ff} in a query, a NUL byte in a multipart file name, an Accept header that does not parse. Keeps the
 * cookies it is given, like a browser, and follows no redirect.
 */
public final class RawHttp {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public RawHttp(int port) {
        this.port = port;
    }

    /** A staff member's browser, signed in through the sign-in form with its CSRF token. */
    public static RawHttp signedIn(int port, String username, String password) {
        RawHttp browser = new RawHttp(port);
        String body = "username=" + Forms.encode(username) + "&password=" + Forms.encode(password)
                + "&_csrf=" + Forms.encode(browser.csrfToken("/login"));
        Response signedIn = browser.send(Request.post("/login").form(body));
        if (signedIn.status() != 302 || signedIn.header("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Sign-in of " + username + " failed: " + signedIn.status());
        }
        return browser;
    }

    /** The CSRF token of the first form on a page. */
    public String csrfToken(String page) {
        Response response = send(Request.get(page));
        String token = Jsoup.parse(response.body()).select("input[name=_csrf]").val();
        if (token.isEmpty()) {
            Matcher matcher = FORM_TOKEN.matcher(response.body());
            if (!matcher.find()) {
                throw new IllegalStateException("No CSRF token on " + page + " (" + response.status() + ")");
            }
            token = matcher.group(1);
        }
        return token;
    }

    public void cookie(String name, String value) {
        cookies.put(name, value);
    }

    public Response send(Request request) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder();
            head.append(request.method).append(' ').append(request.target).append(" HTTP/1.1\r\n");
            head.append("Host: localhost:").append(port).append("\r\n");
            head.append("Connection: close\r\n");
            if (!cookies.isEmpty() && request.headers.keySet().stream().noneMatch("Cookie"::equalsIgnoreCase)) {
                head.append("Cookie: ");
                cookies.forEach((name, value) -> head.append(name).append('=').append(value).append("; "));
                head.setLength(head.length() - 2);
                head.append("\r\n");
            }
            request.headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (request.body != null) {
                head.append("Content-Length: ").append(request.body.length).append("\r\n");
            }
            head.append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            if (request.body != null) {
                out.write(request.body);
            }
            out.flush();
            Response response = read(socket.getInputStream());
            for (String setCookie : response.headers("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
                }
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(request.method + " " + request.target + " failed", e);
        }
    }

    private static Response read(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        if (end < 0) {
            throw new IOException("No complete response: " + new String(all, StandardCharsets.UTF_8));
        }
        String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
            body = dechunk(body);
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, new byte[] {'\r', '\n'}, at);
            String sizeText = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].strip();
            int size = Integer.parseInt(sizeText, 16);
            if (size == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** One request: the request target is sent exactly as given, encoded or not. */
    public static final class Request {

        private final String method;
        private final String target;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;

        private Request(String method, String target) {
            this.method = method;
            this.target = target;
        }

        public static Request get(String target) {
            return new Request("GET", target).header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        }

        public static Request post(String target) {
            return new Request("POST", target).header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        }

        public static Request method(String method, String target) {
            return new Request(method, target);
        }

        public Request header(String name, String value) {
            headers.keySet().removeIf(name::equalsIgnoreCase);
            headers.put(name, value);
            return this;
        }

        /** A urlencoded form body, sent as it is (so it may hold broken escapes). */
        public Request form(String encodedBody) {
            header("Content-Type", "application/x-www-form-urlencoded");
            body = encodedBody.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        public Request multipart(Multipart multipart) {
            header("Content-Type", "multipart/form-data; boundary=" + multipart.boundary);
            body = multipart.bytes();
            return this;
        }

        public Request body(String contentType, byte[] content) {
            header("Content-Type", contentType);
            body = content;
            return this;
        }

        public String method() {
            return method;
        }

        public String target() {
            return target;
        }

        @Override
        public String toString() {
            return method + " " + target;
        }
    }

    /** A multipart/form-data body; file names are written as given, NUL bytes included. */
    public static final class Multipart {

        private final String boundary = "----campusnews" + System.nanoTime();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        public Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
            return this;
        }

        public Multipart file(String name, String fileName, byte[] content) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            bytes.writeBytes(content);
            write("\r\n");
            return this;
        }

        private void write(String text) {
            bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }

        byte[] bytes() {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(bytes.toByteArray());
            all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return all.toByteArray();
        }
    }

    public record Response(int status, Map<String, List<String>> headers, String body) {

        public List<String> headers(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        public Optional<String> header(String name) {
            return headers(name).stream().findFirst();
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }
    }

    /** Form encoding of values that are meant to arrive intact. */
    public static final class Forms {

        private Forms() {
        }

        public static String encode(String value) {
            return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
