package org.campusnews.sitemap;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A sitemap (sitemaps.org 0.9, with the xhtml and Google News extensions) written element by element with StAX
 * straight to an output stream. Dates are W3C datetimes in the site's time zone, to the second.
 */
final class SitemapXml implements AutoCloseable {

    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final DateTimeFormatter W3C_DATETIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final OutputStream out;
    private final XMLStreamWriter xml;
    private final ZoneId zone;

    private SitemapXml(OutputStream out, ZoneId zone) throws IOException {
        this.out = new BufferedOutputStream(out, 32 * 1024);
        this.zone = zone;
        try {
            this.xml = FACTORY.createXMLStreamWriter(this.out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** A {@code <sitemapindex>}. */
    static SitemapXml index(OutputStream out, ZoneId zone) throws IOException {
        SitemapXml sitemap = new SitemapXml(out, zone);
        sitemap.run(xml -> {
            xml.writeStartElement("sitemapindex");
            xml.writeDefaultNamespace(SITEMAP);
        });
        return sitemap;
    }

    /** A {@code <urlset>} whose addresses may name their language versions. */
    static SitemapXml urlset(OutputStream out, ZoneId zone) throws IOException {
        SitemapXml sitemap = new SitemapXml(out, zone);
        sitemap.run(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP);
            xml.writeNamespace("xhtml", XHTML);
        });
        return sitemap;
    }

    /** A {@code <urlset>} of news articles. */
    static SitemapXml newsUrlset(OutputStream out, ZoneId zone) throws IOException {
        SitemapXml sitemap = new SitemapXml(out, zone);
        sitemap.run(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP);
            xml.writeNamespace("news", NEWS);
        });
        return sitemap;
    }

    /** An index entry; {@code lastModified} may be null. */
    void sitemap(String loc, Instant lastModified) throws IOException {
        run(xml -> {
            xml.writeStartElement("sitemap");
            element("loc", loc);
            if (lastModified != null) {
                element("lastmod", date(lastModified));
            }
            xml.writeEndElement();
        });
    }

    /** Opens a {@code <url>} with its {@code <loc>} and, when given, its {@code <lastmod>}. */
    void startUrl(String loc, Instant lastModified) throws IOException {
        run(xml -> {
            xml.writeStartElement("url");
            element("loc", loc);
            if (lastModified != null) {
                element("lastmod", date(lastModified));
            }
        });
    }

    /** A language version of the address being written ({@code hreflang} is a BCP 47 tag or {@code x-default}). */
    void alternate(String hreflang, String href) throws IOException {
        run(xml -> {
            xml.writeEmptyElement("xhtml", "link", XHTML);
            xml.writeAttribute("rel", "alternate");
            xml.writeAttribute("hreflang", hreflang);
            xml.writeAttribute("href", href);
        });
    }

    /** The Google News part of the address being written. */
    void news(String publicationName, String language, Instant publicationDate, String title) throws IOException {
        run(xml -> {
            xml.writeStartElement("news", "news", NEWS);
            xml.writeStartElement("news", "publication", NEWS);
            newsElement("name", publicationName);
            newsElement("language", language);
            xml.writeEndElement();
            newsElement("publication_date", date(publicationDate));
            newsElement("title", title);
            xml.writeEndElement();
        });
    }

    void endUrl() throws IOException {
        run(XMLStreamWriter::writeEndElement);
    }

    /** Ends the document and sends what is buffered; the stream itself stays open. */
    @Override
    public void close() throws IOException {
        run(xml -> {
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        });
        out.flush();
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }

    private void newsElement(String name, String text) throws XMLStreamException {
        xml.writeStartElement("news", name, NEWS);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }

    private String date(Instant instant) {
        return W3C_DATETIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime());
    }

    private void run(XmlStep step) throws IOException {
        try {
            step.write(xml);
        } catch (XMLStreamException e) {
            throw e.getNestedException() instanceof IOException io ? io : new IOException(e);
        }
    }

    @FunctionalInterface
    private interface XmlStep {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }
}
