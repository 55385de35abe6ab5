package org.campusnews.feed;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Writes a {@link FeedDocument} as RSS 2.0 or Atom 1.0 through ROME. In RSS the whole text goes in
 * {@code content:encoded} and the department in {@code dc:creator} ({@code author} would need an e-mail address);
 * the section is each item's category in both.
 */
final class FeedWriter {

    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

    private FeedWriter() {
    }

    static String write(FeedDocument document, FeedFormat format) {
        WireFeed feed = format == FeedFormat.RSS ? rss(document) : atom(document);
        try {
            return new WireFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("Could not write the feed " + document.selfLink(), e);
        }
    }

    private static Channel rss(FeedDocument document) {
        Channel channel = new Channel(FeedFormat.RSS.romeType());
        channel.setTitle(document.title());
        channel.setLink(document.htmlLink());
        channel.setDescription(document.description());
        channel.setLanguage(document.language().htmlLang());
        channel.setLastBuildDate(Date.from(document.updated()));
        Element self = new Element("link", ATOM).setAttribute("href", document.selfLink())
                .setAttribute("rel", "self").setAttribute("type", "application/rss+xml");
        channel.setForeignMarkup(new ArrayList<>(List.of(self)));
        channel.setItems(document.items().stream().map(FeedWriter::rssItem).toList());
        return channel;
    }

    private static Item rssItem(FeedDocument.Item entry) {
        Item item = new Item();
        item.setTitle(entry.title());
        item.setLink(entry.link());
        Guid guid = new Guid();
        guid.setValue(entry.link());
        guid.setPermaLink(true);
        item.setGuid(guid);
        item.setPubDate(Date.from(entry.published()));
        if (entry.summary() != null) {
            Description description = new Description();
            description.setType("text/plain");
            description.setValue(entry.summary());
            item.setDescription(description);
        }
        com.rometools.rome.feed.rss.Content content = new com.rometools.rome.feed.rss.Content();
        content.setType(com.rometools.rome.feed.rss.Content.HTML);
        content.setValue(entry.content());
        item.setContent(content);
        Category category = new Category();
        category.setValue(entry.category());
        item.setCategories(List.of(category));
        DCModule dc = new DCModuleImpl();
        dc.setCreator(entry.author());
        List<Module> modules = new ArrayList<>();
        modules.add(dc);
        item.setModules(modules);
        if (entry.enclosure() != null) {
            Enclosure enclosure = new Enclosure();
            enclosure.setUrl(entry.enclosure().path());
            enclosure.setType(entry.enclosure().contentType());
            enclosure.setLength(entry.enclosure().length());
            item.setEnclosures(List.of(enclosure));
        }
        return item;
    }

    private static Feed atom(FeedDocument document) {
        Feed feed = new Feed(FeedFormat.ATOM.romeType());
        feed.setId(document.selfLink());
        feed.setTitleEx(text(document.title()));
        feed.setSubtitle(text(document.description()));
        // Atom has no element for it, and ROME writes no xml:lang: Dublin Core's, as feed readers know it.
        DCModule dc = new DCModuleImpl();
        dc.setLanguage(document.language().htmlLang());
        feed.setModules(new ArrayList<>(List.of(dc)));
        feed.setUpdated(Date.from(document.updated()));
        feed.setAlternateLinks(List.of(link("alternate", document.htmlLink(), "text/html")));
        feed.setOtherLinks(List.of(link("self", document.selfLink(), "application/atom+xml")));
        feed.setEntries(document.items().stream().map(FeedWriter::atomEntry).toList());
        return feed;
    }

    private static Entry atomEntry(FeedDocument.Item item) {
        Entry entry = new Entry();
        entry.setId(item.link());
        entry.setTitleEx(text(item.title()));
        entry.setAlternateLinks(List.of(link("alternate", item.link(), "text/html")));
        if (item.enclosure() != null) {
            Link enclosure = link("enclosure", item.enclosure().path(), item.enclosure().contentType());
            enclosure.setLength(item.enclosure().length());
            entry.setOtherLinks(List.of(enclosure));
        }
        entry.setPublished(Date.from(item.published()));
        entry.setUpdated(Date.from(item.updated()));
        if (item.summary() != null) {
            entry.setSummary(text(item.summary()));
        }
        Content content = new Content();
        content.setType(Content.HTML);
        content.setValue(item.content());
        entry.setContents(List.of(content));
        Person author = new Person();
        author.setName(item.author());
        entry.setAuthors(List.of(author));
        com.rometools.rome.feed.atom.Category category = new com.rometools.rome.feed.atom.Category();
        category.setTerm(item.categoryTerm());
        category.setLabel(item.category());
        entry.setCategories(List.of(category));
        return entry;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(value);
        return content;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
