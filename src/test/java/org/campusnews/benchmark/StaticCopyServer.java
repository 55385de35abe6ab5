package org.campusnews.benchmark;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The baseline: nginx serving byte-identical copies of the measured pages from files, the fastest a server on this
 * machine can answer with these bytes. Each page is served at its own path (query string included).
 */
final class StaticCopyServer implements AutoCloseable {

    private final ChildProcess process;
    private final int port;

    private StaticCopyServer(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Serves each page's bytes at its path (path and query, as requested) from files under {@code directory}. */
    static StaticCopyServer start(Path nginx, Path directory, Map<String, byte[]> pages)
            throws IOException, InterruptedException {
        Path files = Files.createDirectories(directory.resolve("pages"));
        Map<String, String> fileOfPath = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> page : pages.entrySet()) {
            String name = "page-" + fileOfPath.size() + ".html";
            Files.write(files.resolve(name), page.getValue());
            fileOfPath.put(page.getKey(), "/" + name);
        }
        // nginx's workers run as an unprivileged user, who must be able to read the copies.
        readableByAll(directory);
        readableByAll(files);
        int port = FreePort.find();
        Path config = directory.resolve("nginx.conf");
        Files.writeString(config, config(directory, files, port, fileOfPath));
        ChildProcess process = ChildProcess.start(new ProcessBuilder(nginx.toString(), "-p", directory.toString(),
                "-c", config.toString(), "-e", directory.resolve("error.log").toString())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("nginx.out").toFile()));
        StaticCopyServer server = new StaticCopyServer(process, port);
        try {
            server.awaitListening(directory);
        } catch (RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private static String config(Path directory, Path files, int port, Map<String, String> fileOfPath) {
        StringBuilder map = new StringBuilder();
        fileOfPath.forEach((path, file) -> map.append("        \"").append(path).append("\" ").append(file).append(";\n"));
        return """
                daemon off;
                worker_processes auto;
                pid %1$s/nginx.pid;
                events {
                    worker_connections 1024;
                }
                http {
                    access_log off;
                    sendfile on;
                    tcp_nopush on;
                    keepalive_requests 100000;
                    default_type text/html;
                    charset utf-8;
                    open_file_cache max=100;
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    # Locations match paths without their query; the whole request URI tells the pages apart.
                    map $request_uri $static_copy {
                        default "";
                %2$s    }
                    server {
                        listen 127.0.0.1:%3$d;
                        root %4$s;
                        location / {
                            try_files $static_copy =404;
                        }
                    }
                }
                """.formatted(directory, map, port, files);
    }

    private void awaitListening(Path directory) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited with " + process.exitValue() + "; see "
                        + directory.resolve("nginx.out") + " and " + directory.resolve("error.log"));
            }
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("nginx did not listen on port " + port);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static void readableByAll(Path directory) throws IOException {
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (var files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
                }
            }
        }
    }

    /** nginx's fast shutdown (SIGTERM to the master process). */
    @Override
    public void close() throws InterruptedException {
        process.stop(Duration.ofSeconds(10));
    }
}
