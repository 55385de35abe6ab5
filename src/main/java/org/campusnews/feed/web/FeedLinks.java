package org.campusnews.feed.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.campusnews.feed.FeedFormat;
import org.campusnews.feed.FeedPaths;
import org.campusnews.i18n.Language;
import org.campusnews.section.SectionService;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Announces the feeds of a page to feed readers ({@code feedLinks}, shown by {@code fragments/feed-links}), from the
 * page's path alone, so that kept pages carry the right links: the home page and article pages the site's feeds, a
 * section page its own and the site's, a department page its own and the site's. Section names come from the sections
 * kept in memory; department feeds are announced by a fixed title, which needs no database read. A page whose
 * section or department does not exist is an error page, which has no feeds.
 */
@ControllerAdvice
class FeedLinks {

    private static final Pattern PAGE = Pattern.compile(
            "/(en|zh)/(?:(sections|departments)/([a-z0-9][a-z0-9-]{0,79})|articles/[0-9]{1,18})?");

    private final SectionService sections;
    private final MessageSource messages;

    FeedLinks(SectionService sections, MessageSource messages) {
        this.sections = sections;
        this.messages = messages;
    }

    @ModelAttribute("feedLinks")
    List<FeedLink> feedLinks(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher page = PAGE.matcher(path);
        if (!page.matches()) {
            return List.of();
        }
        Language language = Language.fromCode(page.group(1)).orElseThrow();
        List<FeedLink> links = new ArrayList<>();
        if ("sections".equals(page.group(2))) {
            sections.all().bySlug(page.group(3)).ifPresent(section -> add(links, language,
                    FeedPaths.section(language, section.getSlug()),
                    message("feeds.title.scoped", language, message("site.name", language), section.name(language))));
        } else if ("departments".equals(page.group(2))) {
            add(links, language, FeedPaths.department(language, page.group(3)),
                    message("feeds.link.department", language));
        }
        add(links, language, FeedPaths.site(language), message("site.name", language));
        return links;
    }

    private void add(List<FeedLink> links, Language language, String pagePath, String title) {
        for (FeedFormat format : FeedFormat.values()) {
            String label = message(format == FeedFormat.RSS ? "feeds.link.rss" : "feeds.link.atom", language, title);
            links.add(new FeedLink(format.mediaType(), label, FeedPaths.feedOf(pagePath, format)));
        }
    }

    private String message(String code, Language language, Object... arguments) {
        return messages.getMessage(code, arguments, language.locale());
    }
}
