package org.campusnews.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.campusnews.i18n.Language;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The application's own settings, {@code campusnews.*}. Each one is listed in README's configuration table.
 *
 * @param defaultLanguage where {@code /} sends visitors
 * @param demoData whether demo content is created on first start against an empty database
 * @param timeZone the zone in which release times are shown
 * @param embeddedDatabase the PostgreSQL started by the app when no {@code spring.datasource.url} is set
 * @param admin the first administrator, created on start when no staff account exists
 * @param signIn throttling of failed sign-ins
 * @param media uploaded images and attachments
 * @param pageCache visitors' pages kept in memory as rendered
 * @param browseCounts how page views are counted
 * @param search the site's search index
 * @param site how the public site is addressed from outside
 * @param api the JSON API under {@code /api/v1}
 * @param sessions staff sessions, kept in the database
 * @param datasource databases beside the primary one ({@code spring.datasource.*})
 * @param rateLimits requests one client address may make in a minute, of the kinds that cost the database most
 * @param checks the pre-publishing checks of the article editor
 */
@ConfigurationProperties("campusnews")
public record CampusNewsProperties(
        @DefaultValue("en") Language defaultLanguage,
        @DefaultValue("true") boolean demoData,
        @DefaultValue("Asia/Shanghai") ZoneId timeZone,
        @DefaultValue EmbeddedDatabase embeddedDatabase,
        @DefaultValue Admin admin,
        @DefaultValue SignIn signIn,
        @DefaultValue Media media,
        @DefaultValue PageCache pageCache,
        @DefaultValue BrowseCounts browseCounts,
        @DefaultValue Search search,
        @DefaultValue Site site,
        @DefaultValue Api api,
        @DefaultValue Sessions sessions,
        @DefaultValue Datasource datasource,
        @DefaultValue RateLimits rateLimits,
        @DefaultValue Checks checks) {

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

    /**
     * @param directory where uploaded files and their renditions are kept; every instance of the application must
     *        see the same directory (a shared volume)
     * @param maxImageSize the largest image accepted
     * @param maxAttachmentSize the largest attachment accepted; the servlet container's multipart limits follow the
     *        larger of the two
     * @param maxImagePixels images declaring more pixels (width × height) are refused before they are decoded
     * @param renditionWidths the widths of the resized versions made of each image (never wider than the image)
     */
    public record Media(
            @DefaultValue("./data/media") String directory,
            @DefaultValue("20MB") DataSize maxImageSize,
            @DefaultValue("100MB") DataSize maxAttachmentSize,
            @DefaultValue("50000000") long maxImagePixels,
            @DefaultValue({"320", "800", "1600"}) List<Integer> renditionWidths) {

        /** The largest upload of any kind: what the multipart parser must let through. */
        public DataSize largestUpload() {
            return maxImageSize.compareTo(maxAttachmentSize) > 0 ? maxImageSize : maxAttachmentSize;
        }
    }

    /**
     * @param enabled whether visitors' pages are served from memory once rendered
     * @param maxSize the most memory the rendered pages may take (their bytes, plain and compressed)
     */
    public record PageCache(@DefaultValue("true") boolean enabled, @DefaultValue("64MB") DataSize maxSize) {
    }

    /**
     * @param flushInterval how often the views counted in memory are written to the database; a process that is
     *        killed (rather than stopped) loses at most the views of the last interval
     */
    public record BrowseCounts(@DefaultValue("1s") Duration flushInterval) {
    }

    /**
     * @param indexOnStart whether, after the start, published articles missing from the search index (those from
     *        before it existed, or loaded straight into the database) are indexed, in the background and in batches
     * @param keptPages how many search result pages the page cache keeps at most (the most asked for, by its
     *        frequency-based eviction); 0 keeps none
     */
    public record Search(@DefaultValue("true") boolean indexOnStart, @DefaultValue("1000") int keptPages) {
    }

    /**
     * @param url the address at which visitors reach the site (scheme, host and any path prefix, without a trailing
     *        slash): canonical links, feeds, sitemaps and shared links are made from it, never from the Host header of
     *        a request, which anybody can set and which a kept page would pass on to every later visitor
     */
    public record Site(@DefaultValue("http://localhost:8080") String url) {
    }

    /**
     * @param corsOrigins the origins (such as {@code https://app.example.edu}) whose scripts may read the API's
     *        answers; none by default, {@code *} for any
     * @param viewsPerMinute how many views of one article one client address may report in a minute
     */
    public record Api(@DefaultValue List<String> corsOrigins, @DefaultValue("10") int viewsPerMinute) {
    }

    /**
     * @param cleanupCron when expired sessions are removed from the database (on one instance each time); "-" never
     */
    public record Sessions(@DefaultValue("0 * * * * *") String cleanupCron) {
    }

    /**
     * Per client address and minute, on each instance; 0 switches a limit off.
     *
     * @param signIns sign-in attempts (beside the throttle of failures per user name)
     * @param searches searches rendered (kept result pages are not counted)
     * @param uploads media uploads
     * @param viewReports views reported through the API, all articles together
     * @param exemptAddresses client addresses never limited (a monitoring host, a load test)
     */
    public record RateLimits(
            @DefaultValue("30") int signIns,
            @DefaultValue("120") int searches,
            @DefaultValue("60") int uploads,
            @DefaultValue("300") int viewReports,
            @DefaultValue List<String> exemptAddresses) {
    }

    /** @param replica a PostgreSQL replica of the primary database, for visitors' reads */
    public record Datasource(@DefaultValue Replica replica) {
    }

    /**
     * @param url its JDBC URL; blank (the default) means every query goes to the primary
     * @param primaryAfterChange how long after a change visitors' pages are read from the primary again, so that no
     *        page is rendered from a replica that has not yet received the change (at least the replication lag)
     */
    public record Replica(@DefaultValue("") String url, @DefaultValue("") String username,
            @DefaultValue("") String password, @DefaultValue("5s") Duration primaryAfterChange) {

        public boolean isConfigured() {
            return !url.isBlank();
        }
    }

    /**
     * @param images when an image in an article's body counts as too large
     * @param links how the links of article bodies are checked in the background
     */
    public record Checks(@DefaultValue Images images, @DefaultValue Links links) {
    }

    /**
     * @param maxSize an uploaded image whose file as uploaded is larger than this is reported
     * @param maxPixels an uploaded image with more pixels than this (width × height) is reported
     */
    public record Images(@DefaultValue("5MB") DataSize maxSize, @DefaultValue("24000000") long maxPixels) {
    }

    /**
     * @param enabled whether links are checked at all (off where the application reaches no other site)
     * @param connectTimeout how long a connection may take to open
     * @param readTimeout how long an answer may take to arrive once the request is sent
     * @param maxRedirects how many redirects are followed before the link is reported
     * @param concurrency how many links are checked at once, on each instance
     * @param queueSize how many links may wait for their check, on each instance; more are checked at a later save
     * @param recheckAfter how old a stored result may be before a save checks the link again
     * @param maxPerArticle how many links of one article are checked
     * @param allowedHosts host names, addresses or networks ({@code 10.1.0.0/16}) that may be checked even though they
     *        are private, loopback or link-local (an intranet's own sites); none by default
     */
    public record Links(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("3s") Duration connectTimeout,
            @DefaultValue("5s") Duration readTimeout,
            @DefaultValue("5") int maxRedirects,
            @DefaultValue("4") int concurrency,
            @DefaultValue("500") int queueSize,
            @DefaultValue("1h") Duration recheckAfter,
            @DefaultValue("100") int maxPerArticle,
            @DefaultValue List<String> allowedHosts) {
    }
}
