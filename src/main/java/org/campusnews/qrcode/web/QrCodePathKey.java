package org.campusnews.qrcode.web;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.campusnews.pagecache.PagePathKey;
import org.springframework.stereotype.Component;

/** The page cache's key of an article's QR code: its path; a request with a query is answered without being kept. */
@Component
class QrCodePathKey implements PagePathKey {

    private static final Pattern QR_CODE = Pattern.compile("/(en|zh)/articles/[1-9][0-9]{0,17}/qr\\.png");

    @Override
    public String of(String path, HttpServletRequest request) {
        if (!QR_CODE.matcher(path).matches()) {
            return null;
        }
        String query = request.getQueryString();
        return query == null || query.isEmpty() ? path : null;
    }
}
