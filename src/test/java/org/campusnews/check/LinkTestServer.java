package org.campusnews.check;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.context.ApplicationContext;

/**
 * A web server of a test's own on 127.0.0.1 for the link checker, which the default policy refuses like every private,
 * loopback and link-local address: {@link #allow()} lets the checker reach it at run time ({@link LinkProbe#usePolicy})
 * and {@link #close()} puts the configured policy back, so that the shared test context keeps refusing it. Public for
 * the browser tests, which cannot reach the checker's package-private classes.
 */
public final class LinkTestServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final CountDownLatch held = new CountDownLatch(1);
    private final LinkProbe probe;
    private final LinkCheckQueue queue;
    private final String base;

    private LinkTestServer(ApplicationContext context) throws IOException {
        probe = context.getBean(LinkProbe.class);
        queue = context.getBean(LinkCheckQueue.class);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public static LinkTestServer start(ApplicationContext context) {
        try {
            return new LinkTestServer(context);
        } catch (IOException failed) {
            throw new IllegalStateException("No test server for the link checker", failed);
        }
    }

    /** Lets the link checker reach this server (127.0.0.1) until {@link #close()}. */
    public void allow() {
        probe.usePolicy(AddressPolicy.allowing(List.of("127.0.0.1")));
    }

    public String base() {
        return base;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** How often a path was asked for. */
    public int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    public boolean wasAsked() {
        return !hits.isEmpty();
    }

    /** Has the paths below {@code /held/} answered (404) now; until then they wait, for four seconds at the most. */
    public void release() {
        held.countDown();
    }

    /** Queues these links for their check in the background, as the editor's save does. */
    public void checkSoon(String... urls) {
        queue.checkSoon(List.of(urls));
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        switch (path) {
            case "/ok" -> send(exchange, 200, null);
            case "/missing" -> send(exchange, 404, null);
            case "/gone" -> send(exchange, 410, null);
            case "/broken" -> send(exchange, 503, null);
            case "/loop-a" -> send(exchange, 302, "/loop-b");
            case "/loop-b" -> send(exchange, 301, base + "/loop-a");
            case "/to-metadata" -> send(exchange, 302, "http://169.254.169.254/latest/meta-data/");
            case "/no-head" -> send(exchange, "HEAD".equals(exchange.getRequestMethod()) ? 405 : 200, null);
            case "/slow" -> {
                pause(() -> Thread.sleep(Duration.ofSeconds(10).toMillis()));
                send(exchange, 200, null);
            }
            default -> {
                if (path.startsWith("/chain/")) {
                    int n = Integer.parseInt(path.substring("/chain/".length()));
                    send(exchange, 302, "/chain/" + (n + 1));
                } else {
                    if (path.startsWith("/held/")) {
                        pause(() -> held.await(4, TimeUnit.SECONDS));
                    }
                    send(exchange, 404, null);
                }
            }
        }
    }

    private interface Wait {
        void run() throws InterruptedException;
    }

    private static void pause(Wait wait) {
        try {
            wait.run();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String location) throws IOException {
        if (location != null) {
            exchange.getResponseHeaders().add("Location", location);
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        probe.useConfiguredPolicy();
        held.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
