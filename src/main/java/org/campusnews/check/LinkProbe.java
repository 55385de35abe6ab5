package org.campusnews.check;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.campusnews.config.CampusNewsProperties;
import org.springframework.stereotype.Component;

/**
 * Checks one link: asks for it with {@code HEAD} (and with {@code GET} when {@code HEAD} gets an error, which some
 * servers give to {@code HEAD} alone), follows up to {@code max-redirects} redirects itself, and tells a loop from a
 * long chain. Before each request the host is resolved and every one of its addresses checked against the
 * {@link AddressPolicy}; the request follows at once, so that it reaches one of the checked addresses (from the JVM's
 * cache of names), and the host is resolved and checked again once the answer has come, so that a name whose
 * addresses changed meanwhile to a refused one is reported as refused rather than as reached. Only http and https
 * addresses are fetched; no proxy is used, and no answer's body is read.
 */
@Component
class LinkProbe {

    private static final String USER_AGENT = "CampusNews-LinkCheck/1.0";

    private final HttpClient http;
    private final Duration readTimeout;
    private final int maxRedirects;
    private final Clock clock;
    private final AddressPolicy configured;
    private volatile AddressPolicy policy;

    LinkProbe(CampusNewsProperties properties, Clock clock) {
        CampusNewsProperties.Links settings = properties.checks().links();
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.readTimeout = settings.readTimeout();
        this.maxRedirects = settings.maxRedirects();
        this.clock = clock;
        this.configured = AddressPolicy.allowing(settings.allowedHosts());
        this.policy = configured;
    }

    /**
     * Uses another policy from now on, in place of the one made from the settings; tests use it to reach a server of
     * their own on 127.0.0.1, which the settings of the shared test context do not allow.
     */
    void usePolicy(AddressPolicy policy) {
        this.policy = policy;
    }

    /** Goes back to the policy made from the settings. */
    void useConfiguredPolicy() {
        this.policy = configured;
    }

    LinkResult check(String address) {
        URI uri;
        try {
            uri = new URI(address);
        } catch (java.net.URISyntaxException malformed) {
            return result(LinkOutcome.REFUSED, 0);
        }
        Set<String> visited = new HashSet<>();
        int status = 0;
        for (int redirects = 0; ; redirects++) {
            if (!visited.add(withoutFragment(uri))) {
                return result(LinkOutcome.REDIRECT_LOOP, status);
            }
            if (redirects > maxRedirects) {
                return result(LinkOutcome.TOO_MANY_REDIRECTS, status);
            }
            Optional<LinkOutcome> refused = refusal(uri);
            if (refused.isPresent()) {
                return result(refused.get(), status);
            }
            HttpResponse<?> response;
            try {
                response = request(uri);
                if (refusal(uri).isPresent()) {
                    return result(LinkOutcome.REFUSED, status);
                }
            } catch (HttpTimeoutException timeout) {
                return result(LinkOutcome.TIMEOUT, status);
            } catch (UnknownHostException unknown) {
                return result(LinkOutcome.UNRESOLVED, status);
            } catch (ConnectException | IllegalArgumentException failed) {
                return result(LinkOutcome.FAILED, status);
            } catch (IOException failed) {
                return result(isTimeout(failed) ? LinkOutcome.TIMEOUT : LinkOutcome.FAILED, status);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return result(LinkOutcome.FAILED, status);
            }
            status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if (status >= 300 && status < 400 && status != 304 && location.isPresent()) {
                try {
                    uri = uri.resolve(new URI(location.get().strip()));
                } catch (java.net.URISyntaxException | IllegalArgumentException malformed) {
                    return result(LinkOutcome.FAILED, status);
                }
                continue;
            }
            return result(LinkOutcome.ofStatus(status), status);
        }
    }

    /** Why the address may not be fetched: not http(s), no host, a name that does not resolve, a refused address. */
    private Optional<LinkOutcome> refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return Optional.of(LinkOutcome.REFUSED);
        }
        try {
            return policy.resolve(uri.getHost()).isAllowed() ? Optional.empty() : Optional.of(LinkOutcome.REFUSED);
        } catch (UnknownHostException unknown) {
            return Optional.of(LinkOutcome.UNRESOLVED);
        }
    }

    private HttpResponse<?> request(URI uri) throws IOException, InterruptedException {
        HttpResponse<Void> head = http.send(builder(uri).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        if (head.statusCode() < 400) {
            return head;
        }
        HttpResponse<InputStream> get = http.send(builder(uri).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        get.body().close();
        return get;
    }

    private HttpRequest.Builder builder(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(readTimeout).header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    }

    private LinkResult result(LinkOutcome outcome, int status) {
        return new LinkResult(outcome, status, clock.instant());
    }

    private static String withoutFragment(URI uri) {
        String text = uri.normalize().toString();
        int hash = text.indexOf('#');
        return hash < 0 ? text : text.substring(0, hash);
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpTimeoutException || cause instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
