package org.campusnews.benchmark;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A server process started by the benchmark. It is stopped with SIGTERM, and also when the benchmark's JVM is stopped
 * (Ctrl-C) before it could stop the process itself, so that no server is left running.
 */
final class ChildProcess {

    private final Process process;
    private final Thread stopOnExit;

    private ChildProcess(Process process) {
        this.process = process;
        this.stopOnExit = new Thread(process::destroy);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    static ChildProcess start(ProcessBuilder builder) throws IOException {
        return new ChildProcess(builder.start());
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    /** SIGKILL, as a crash or the OOM killer would end it, with no chance to clean up. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM, then waiting up to {@code timeout} for the process to end before killing it. */
    void stop(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        }
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
    }
}
