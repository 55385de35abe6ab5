package org.campusnews.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Sends an exact number of requests to an article page, some of which must count as views and some not, mixed and
 * concurrent, and compares the views counted with the views sent.
 */
final class ExactViewCount {

    static final String CRAWLER = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

    private static final int BROWSER_GETS = 2_000;
    private static final int HEADS = 200;
    private static final int CRAWLER_GETS = 200;

    private final HttpClient http;
    private final String browser;
    private final int concurrency;

    ExactViewCount(HttpClient http, String browser, int concurrency) {
        this.http = http;
        this.browser = browser;
        this.concurrency = concurrency;
    }

    BrowseCounts.ExactPhase run(URI article, BrowseCounts counts)
            throws SQLException, InterruptedException, IOException {
        BrowseCounts.Reading before = counts.settledReading();
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < BROWSER_GETS; i++) {
            requests.add(HttpRequest.newBuilder(article).header("User-Agent", browser).GET().build());
        }
        for (int i = 0; i < HEADS; i++) {
            requests.add(HttpRequest.newBuilder(article).header("User-Agent", browser)
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        }
        for (int i = 0; i < CRAWLER_GETS; i++) {
            requests.add(HttpRequest.newBuilder(article).header("User-Agent", CRAWLER).GET().build());
        }
        Collections.shuffle(requests, new Random(1));
        sendAll(requests);
        BrowseCounts.Reading counted = counts.settledReading().minus(before);

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(article).header("User-Agent", browser).build(),
                HttpResponse.BodyHandlers.ofString());
        long shown = shownCount(page.body());
        long stored = counts.settledReading().article();
        return new BrowseCounts.ExactPhase(BROWSER_GETS, HEADS, CRAWLER_GETS, counted, shown, stored);
    }

    private void sendAll(List<HttpRequest> requests) throws InterruptedException, IOException {
        ExecutorService senders = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (HttpRequest request : requests) {
                statuses.add(senders.submit(() -> http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()));
            }
            for (Future<Integer> status : statuses) {
                int code = status.get();
                if (code != 200) {
                    throw new IllegalStateException("The article page answered " + code + " in the exact phase");
                }
            }
        } catch (ExecutionException e) {
            throw new IOException("A request of the exact phase failed", e.getCause());
        } finally {
            senders.shutdownNow();
        }
    }

    private static long shownCount(String html) {
        Element count = Jsoup.parse(html).selectFirst(".article__browse-count");
        if (count == null) {
            throw new IllegalStateException("The article page shows no .article__browse-count");
        }
        return Long.parseLong(count.text().replaceAll("[^0-9]", ""));
    }
}
