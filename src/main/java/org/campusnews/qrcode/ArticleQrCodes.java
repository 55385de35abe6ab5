package org.campusnews.qrcode;

import java.util.Optional;

import org.campusnews.article.ArticleService;
import org.campusnews.i18n.Language;
import org.campusnews.web.SiteAddress;
import org.springframework.stereotype.Service;

/**
 * QR codes of article pages, for reading them on a phone. A code says only the canonical address of an article page
 * that visitors may read now; nothing else can be put into one.
 */
@Service
public class ArticleQrCodes {

    private final ArticleService articles;
    private final SiteAddress site;

    ArticleQrCodes(ArticleService articles, SiteAddress site) {
        this.articles = articles;
        this.site = site;
    }

    /** Empty when the article's version in this language is not public. */
    public Optional<ArticleQrCode> of(long id, Language language) {
        return articles.publicVersion(id, language).map(version -> {
            String address = site.of("/" + language.code() + "/articles/" + id);
            return new ArticleQrCode(version, address, QrCodeImage.png(address));
        });
    }
}
