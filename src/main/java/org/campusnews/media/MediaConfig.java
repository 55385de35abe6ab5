package org.campusnews.media;

import java.nio.file.Path;

import javax.imageio.ImageIO;

import jakarta.servlet.MultipartConfigElement;

import org.campusnews.config.CampusNewsProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class MediaConfig {

    /** Room for the other fields of an upload form (names, alt texts, token) besides the file itself. */
    private static final long FORM_FIELDS_ALLOWANCE = 1024 * 1024;

    static {
        // The TwelveMonkeys plugins (WebP, better JPEG) register through the class path; in a packaged jar they are
        // found only when ImageIO scans again with the application's class loader.
        ImageIO.scanForPlugins();
        // Decoding reads files, which are seekable: no temporary cache files next to them.
        ImageIO.setUseCache(false);
    }

    /**
     * Room in each part's headers for a file name of 255 characters in any script (up to 4 bytes each in UTF-8, some
     * escaped by the browser); Tomcat's default of 512 bytes would refuse a Chinese name of 150 characters. Longer
     * names are refused with a message (see {@code MalformedRequestFilter}); names up to this size are cut to 255
     * characters on upload.
     */
    static final int PART_HEADER_SIZE = 4096;

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> partHeaderSize() {
        return new PartHeaderSize();
    }

    /** Runs after Boot's own Tomcat settings, so that a larger {@code server.tomcat.max-part-header-size} is kept. */
    private static final class PartHeaderSize implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addConnectorCustomizers(connector ->
                    connector.setMaxPartHeaderSize(Math.max(connector.getMaxPartHeaderSize(), PART_HEADER_SIZE)));
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    @Bean
    MediaStorage mediaStorage(CampusNewsProperties properties) {
        return new FilesystemMediaStorage(Path.of(properties.media().directory()));
    }

    @Bean
    ImageProcessor imageProcessor(CampusNewsProperties properties) {
        return new ImageProcessor(properties.media().maxImagePixels());
    }

    /**
     * The servlet container's multipart limits, made from ours so that the two always agree. A file up to our largest
     * limit is read (and then checked against the limit for its kind, with a message naming it); a larger file is
     * refused as soon as that limit is passed, with a 413 answer (see {@code ErrorPages}). The whole request may exceed
     * the file limit by what Tomcat reads and discards after a refusal ({@code server.tomcat.max-swallow-size}): a
     * request refused from its declared length, before any of it is read, could only be answered by closing the
     * connection. Parts go straight to disk.
     */
    @Bean
    MultipartConfigElement multipartConfigElement(CampusNewsProperties properties,
            @Value("${server.tomcat.max-swallow-size:2MB}") DataSize swallowed) {
        long largest = properties.media().largestUpload().toBytes();
        return new MultipartConfigElement("", largest, largest + Math.max(0, swallowed.toBytes()) + FORM_FIELDS_ALLOWANCE, 0);
    }
}
