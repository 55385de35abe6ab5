package org.campusnews.operations;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.campusnews.CampusNewsApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * A PostgreSQL server of its own, apart from the shared test database, that a test may stop and start again, and
 * instances of the application on it, each a Spring context of its own on a random port, visited over real HTTP.
 */
final class SeparateSite implements AutoCloseable {

    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0 Safari/537.36";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path data;
    private final int databasePort;
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private EmbeddedPostgres database;

    SeparateSite() throws IOException {
        this.data = Files.createTempDirectory("campusnews-site");
        try (ServerSocket socket = new ServerSocket(0)) {
            this.databasePort = socket.getLocalPort();
        }
        startDatabase();
    }

    EmbeddedPostgres database() {
        return database;
    }

    /** The server's JDBC URL of one of its databases. */
    String jdbcUrl(String name) {
        return "jdbc:postgresql://localhost:" + databasePort + "/" + name;
    }

    /** Starts the server again on the same port and data, after {@link #stopDatabase}. */
    void startDatabase() throws IOException {
        database = EmbeddedPostgres.builder().setPort(databasePort).setDataDirectory(data.resolve("postgres"))
                .setCleanDataDirectory(false).start();
    }

    void stopDatabase() throws IOException {
        database.close();
    }

    /** An instance on the database {@code postgres}, with these further settings. */
    ConfigurableApplicationContext start(String... properties) {
        List<String> all = new ArrayList<>(List.of(
                "spring.datasource.url=" + jdbcUrl("postgres"),
                "spring.datasource.username=postgres",
                "server.port=0",
                "campusnews.media.directory=" + data.resolve("media"),
                "campusnews.search.index-on-start=false",
                "campusnews.browse-counts.flush-interval=200ms"));
        all.addAll(List.of(properties));
        // As arguments, which come before application.yml (properties of the builder come after it).
        ConfigurableApplicationContext instance = new SpringApplicationBuilder(CampusNewsApplication.class)
                .run(all.stream().map(setting -> "--" + setting).toArray(String[]::new));
        instances.add(instance);
        return instance;
    }

    static int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    static HttpResponse<String> get(ConfigurableApplicationContext instance, String path) {
        return get(instance, path, "text/html");
    }

    static HttpResponse<String> get(ConfigurableApplicationContext instance, String path, String accept) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(instance) + path))
                    .header("User-Agent", BROWSER).header("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(path, e);
        }
    }

    @Override
    public void close() throws IOException {
        for (int i = instances.size() - 1; i >= 0; i--) {
            instances.get(i).close();
        }
        if (database != null) {
            database.close();
        }
        FileSystemUtils.deleteRecursively(data);
    }
}
