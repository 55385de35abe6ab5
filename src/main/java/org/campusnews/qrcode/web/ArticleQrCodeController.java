package org.campusnews.qrcode.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.campusnews.i18n.Language;
import org.campusnews.pagecache.PageCapture;
import org.campusnews.qrcode.ArticleQrCode;
import org.campusnews.qrcode.ArticleQrCodes;
import org.campusnews.web.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The QR code of an article page, beside it ({@code /en/articles/12/qr.png}). Kept by the page cache
 * ({@link QrCodePathKey}) until the article changes; an id that is not a page's (not a plain number) finds no
 * address here, so it is a 404 like an article that is not public.
 */
@Controller
class ArticleQrCodeController {

    private final ArticleQrCodes qrCodes;

    ArticleQrCodeController(ArticleQrCodes qrCodes) {
        this.qrCodes = qrCodes;
    }

    @GetMapping("/{lang}/articles/{id:[1-9][0-9]{0,17}}/qr.png")
    ResponseEntity<byte[]> qrCode(@PathVariable Language lang, @PathVariable long id, HttpServletRequest request) {
        ArticleQrCode code = qrCodes.of(id, lang).orElseThrow(() -> new NotFoundException("No public article " + id));
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .header(HttpHeaders.CACHE_CONTROL, PageCapture.ARTICLE_IMAGE_CACHE_CONTROL);
        Optional<PageCapture> capture = PageCapture.of(request);
        if (capture.isPresent()) {
            // The page cache answers with its own validator, and revalidations, from now on.
            capture.get().articleImage(id, code.version().sectionId());
        } else {
            answer.eTag(code.etag());
        }
        return answer.body(code.png());
    }
}
