package org.campusnews.media.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.campusnews.media.MediaServed;
import org.campusnews.media.MediaFiles;
import org.campusnews.web.NotFoundException;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public addresses of uploaded files: {@code /media/<sha256>} (the file as uploaded) and
 * {@code /media/<sha256>/w<width>} (a rendition of an image). The content of an address never changes, so browsers and
 * proxies may keep it for a year without asking again; a revalidation gets 304, a range request the range. Only a
 * 64-digit lowercase hash and a number reach this code: nothing a visitor sends names a file on disk.
 */
@Controller
class MediaController {

    private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final MediaFiles media;

    MediaController(MediaFiles media) {
        this.media = media;
    }

    @GetMapping("/media/{sha256:[0-9a-f]{64}}")
    ResponseEntity<Resource> original(@PathVariable String sha256) {
        return send(media.original(sha256).orElseThrow(() -> new NotFoundException("No media " + sha256)));
    }

    @GetMapping("/media/{sha256:[0-9a-f]{64}}/w{width:[0-9]{1,5}}")
    ResponseEntity<Resource> rendition(@PathVariable String sha256, @PathVariable int width) {
        return send(media.rendition(sha256, width)
                .orElseThrow(() -> new NotFoundException("No rendition " + width + " of " + sha256)));
    }

    private static ResponseEntity<Resource> send(MediaServed served) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .cacheControl(FOREVER)
                .eTag("\"" + served.etag() + "\"")
                .contentType(MediaType.parseMediaType(served.contentType()))
                .header("X-Content-Type-Options", "nosniff");
        if (served.downloadName() != null) {
            response.header(HttpHeaders.CONTENT_DISPOSITION, attachment(served.downloadName()));
        }
        return response.body(served.resource());
    }

    /**
     * {@code attachment} with the name twice: plain ASCII for old clients, and UTF-8 (RFC 6266 / 5987) for the others,
     * so that a Chinese file name arrives intact.
     */
    static String attachment(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%'
                ? (char) c : '_'));
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
