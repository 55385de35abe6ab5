package org.campusnews.web;

import java.net.URI;
import java.net.URISyntaxException;

import org.campusnews.config.CampusNewsProperties;
import org.springframework.stereotype.Component;

/** The site's public address ({@code campusnews.site.url}), and the absolute addresses of its pages. */
@Component
public class SiteAddress {

    private final String base;

    SiteAddress(CampusNewsProperties properties) {
        this.base = checked(properties.site().url());
    }

    /** The absolute address of a path of the site ({@code /en/articles/1}). */
    public String of(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("Not a path of the site: " + path);
        }
        return base + path;
    }

    private static String checked(String url) {
        String trimmed = url.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            URI uri = new URI(trimmed);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalStateException("campusnews.site.url must be an http or https address such as "
                        + "https://news.example.edu, not " + url);
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("campusnews.site.url is not an address: " + url, e);
        }
        return trimmed;
    }
}
