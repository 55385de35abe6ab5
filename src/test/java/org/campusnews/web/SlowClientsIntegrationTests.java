package org.campusnews.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.campusnews.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A slowloris-style client on loopback: more connections than the server has request threads, each trickling its
 * headers or its form body a byte at a time, while a visitor still gets pages at once; a connection that sends nothing
 * is closed by the server after {@code server.tomcat.connection-timeout}.
 */
class SlowClientsIntegrationTests extends IntegrationTest {

    /** Above Tomcat's 200 request threads. */
    private static final int SLOW_HEADERS = 300;
    private static final int SLOW_BODIES = 60;

    private final List<Socket> sockets = new ArrayList<>();
    private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void closeEverything() throws IOException {
        trickle.shutdownNow();
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    @Test
    void clientsTricklingTheirRequestsDoNotKeepAVisitorWaitingAndSilentConnectionsAreClosed() throws Exception {
        Socket silent = open();
        silent.setSoTimeout(15_000);
        List<OutputStream> slowHeaders = new ArrayList<>();
        for (int i = 0; i < SLOW_HEADERS; i++) {
            OutputStream out = open().getOutputStream();
            out.write(("GET /en/ HTTP/1.1\r\nHost: localhost\r\nX-Slow-" + i + ": ").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            slowHeaders.add(out);
        }
        List<OutputStream> slowBodies = new ArrayList<>();
        for (int i = 0; i < SLOW_BODIES; i++) {
            OutputStream out = open().getOutputStream();
            out.write(("POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 100000\r\n\r\nusername=").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            slowBodies.add(out);
        }
        trickle.scheduleAtFixedRate(() -> {
            for (OutputStream out : slowHeaders) {
                sendByte(out);
            }
            for (OutputStream out : slowBodies) {
                sendByte(out);
            }
        }, 1, 1, TimeUnit.SECONDS);

        long silentSince = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            String path = i % 2 == 0 ? "/en/" : "/en/archive?visit=" + i;
            long start = System.nanoTime();
            HttpResponse<String> page = get(path);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(took).as("%s while %d clients trickle", path, SLOW_HEADERS + SLOW_BODIES)
                    .isLessThan(Duration.ofSeconds(1));
            Thread.sleep(200);
        }

        InputStream fromServer = silent.getInputStream();
        int read;
        try {
            read = fromServer.read();
        } catch (SocketTimeoutException stillOpen) {
            read = -2;
        } catch (IOException reset) {
            read = -1;
        }
        Duration open = Duration.ofNanos(System.nanoTime() - silentSince);
        assertThat(read).as("the silent connection closed by the server").isEqualTo(-1);
        assertThat(open).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(13));
    }

    private Socket open() throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
        sockets.add(socket);
        return socket;
    }

    private static void sendByte(OutputStream out) {
        try {
            out.write('a');
            out.flush();
        } catch (IOException closed) {
            // the server closed it: nothing more to send
        }
    }
}
