package org.campusnews.config;

import java.time.ZoneId;

import org.campusnews.i18n.Language;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The application's own settings, {@code campusnews.*}. Each one is listed in README's configuration table.
 *
 * @param defaultLanguage where {@code /} sends visitors
 * @param demoData whether demo content is created on first start against an empty database
 * @param timeZone the zone in which release times are shown
 * @param embeddedDatabase the PostgreSQL started by the app when no {@code spring.datasource.url} is set
 */
@ConfigurationProperties("campusnews")
public record CampusNewsProperties(
        @DefaultValue("en") Language defaultLanguage,
        @DefaultValue("true") boolean demoData,
        @DefaultValue("Asia/Shanghai") ZoneId timeZone,
        @DefaultValue EmbeddedDatabase embeddedDatabase) {

    /**
     * @param dataDirectory where the database files live; blank means a fresh temporary directory on each start
     * @param port the port to listen on; 0 picks a free one
     */
    public record EmbeddedDatabase(
            @DefaultValue("./data/postgres") String dataDirectory,
            @DefaultValue("0") int port) {
    }
}
