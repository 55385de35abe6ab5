package org.campusnews.config;

import java.time.Duration;
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
 * @param admin the first administrator, created on start when no staff account exists
 * @param signIn throttling of failed sign-ins
 */
@ConfigurationProperties("campusnews")
public record CampusNewsProperties(
        @DefaultValue("en") Language defaultLanguage,
        @DefaultValue("true") boolean demoData,
        @DefaultValue("Asia/Shanghai") ZoneId timeZone,
        @DefaultValue EmbeddedDatabase embeddedDatabase,
        @DefaultValue Admin admin,
        @DefaultValue SignIn signIn) {

    /**
     * @param dataDirectory where the database files live; blank means a fresh temporary directory on each start
     * @param port the port to listen on; 0 picks a free one
     */
    public record EmbeddedDatabase(
            @DefaultValue("./data/postgres") String dataDirectory,
            @DefaultValue("0") int port) {
    }

    /** Both blank by default: no account with a built-in password exists outside demo mode. */
    public record Admin(@DefaultValue("") String username, @DefaultValue("") String password) {

        public boolean isConfigured() {
            return !username.isBlank() && !password.isBlank();
        }
    }

    /**
     * @param maxFailures failed attempts for one user name within {@code window} after which further ones are refused
     * @param window how far back failures count; an account is usable again once its failures have aged out of it
     */
    public record SignIn(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window) {
    }
}
