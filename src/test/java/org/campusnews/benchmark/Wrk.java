package org.campusnews.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs wrk, the HTTP load generator, for one round against one URL. */
final class Wrk {

    private static final int THREADS = 2;

    private final Path executable;
    private final int connections;
    private final String userAgent;

    Wrk(Path executable, int connections, String userAgent) {
        this.executable = executable;
        this.connections = connections;
        this.userAgent = userAgent;
    }

    WrkResult run(URI url, int seconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(executable.toString(), "-t" + THREADS, "-c" + connections,
                "-d" + seconds + "s", "--latency", "-H", "User-Agent: " + userAgent, url.toString()))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds + 30L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("wrk failed on " + url + ":\n" + output);
        }
        return WrkResult.parse(output);
    }
}
