package org.campusnews.sitemap;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** A sitemap or sitemap index as a crawler reads it: parsed namespace-aware, its entries by namespace and name. */
record SitemapDocument(String root, List<Entry> entries) {

    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

    static SitemapDocument parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            Element root = document.getDocumentElement();
            if (!SITEMAP.equals(root.getNamespaceURI())) {
                throw new IllegalStateException("Not a sitemap: " + root.getNamespaceURI());
            }
            List<Entry> entries = new ArrayList<>();
            for (Element entry : children(root, SITEMAP, null)) {
                entries.add(entry(entry));
            }
            return new SitemapDocument(root.getLocalName(), entries);
        } catch (Exception e) {
            throw new IllegalStateException("Not a readable sitemap: " + e.getMessage() + "\n" + xml, e);
        }
    }

    List<String> locs() {
        return entries.stream().map(Entry::loc).toList();
    }

    Entry entry(String loc) {
        return entries.stream().filter(entry -> entry.loc().equals(loc)).findFirst()
                .orElseThrow(() -> new AssertionError("No entry " + loc + " among " + locs()));
    }

    private static Entry entry(Element element) {
        String loc = text(element, SITEMAP, "loc");
        String lastmod = text(element, SITEMAP, "lastmod");
        Map<String, String> alternates = new LinkedHashMap<>();
        for (Element link : children(element, XHTML, "link")) {
            if (!"alternate".equals(link.getAttribute("rel"))) {
                throw new IllegalStateException("A link that is not an alternate in " + loc);
            }
            if (alternates.put(link.getAttribute("hreflang"), link.getAttribute("href")) != null) {
                throw new IllegalStateException("hreflang " + link.getAttribute("hreflang") + " twice in " + loc);
            }
        }
        News news = null;
        List<Element> newsElements = children(element, NEWS, "news");
        if (!newsElements.isEmpty()) {
            Element item = newsElements.get(0);
            Element publication = children(item, NEWS, "publication").get(0);
            news = new News(text(publication, NEWS, "name"), text(publication, NEWS, "language"),
                    OffsetDateTime.parse(text(item, NEWS, "publication_date")), text(item, NEWS, "title"));
        }
        return new Entry(element.getLocalName(), loc, lastmod == null ? null : OffsetDateTime.parse(lastmod),
                alternates, news);
    }

    private static String text(Element parent, String namespace, String name) {
        List<Element> found = children(parent, namespace, name);
        return found.isEmpty() ? null : found.get(0).getTextContent();
    }

    /** The child elements in a namespace (with a name, or any when {@code name} is null). */
    private static List<Element> children(Element parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && namespace.equals(element.getNamespaceURI())
                    && (name == null || name.equals(element.getLocalName()))) {
                found.add(element);
            }
        }
        return found;
    }

    /** A {@code <url>} or {@code <sitemap>}. */
    record Entry(String kind, String loc, OffsetDateTime lastmod, Map<String, String> alternates, News news) {
    }

    record News(String name, String language, OffsetDateTime publicationDate, String title) {
    }
}
