package org.campusnews.config;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server left running by an application that was killed ({@code kill -9}, a crash): its postmaster
 * outlives the Java process and keeps the data directory locked, so no new server could start on it. It is asked to
 * shut down (which it does cleanly, its clients being gone) before the new one starts. A {@code postmaster.pid} left
 * by a server that is no longer running needs nothing: PostgreSQL itself sees that its process is gone. A server
 * whose application is still running (it holds the directory's {@code epg-lock}) is never touched.
 */
final class StrayEmbeddedServer {

    private static final Logger log = LoggerFactory.getLogger(StrayEmbeddedServer.class);

    private StrayEmbeddedServer() {
    }

    static void stopIfRunning(Path dataDirectory) {
        requireNoRunningApplication(dataDirectory);
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        Optional<ProcessHandle> postmaster = postmaster(pidFile, dataDirectory);
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle server = postmaster.get();
        log.warn("A PostgreSQL server (pid {}) is still running on {}, left by an application that stopped without "
                + "closing it: stopping it", server.pid(), dataDirectory);
        server.destroy();
        try {
            server.onExit().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The PostgreSQL server (pid " + server.pid() + ") on " + dataDirectory
                    + " did not stop within a minute; stop it, then start the application again", e);
        }
    }

    private static void requireNoRunningApplication(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw runningElsewhere(dataDirectory);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw runningElsewhere(dataDirectory);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot check the lock of " + lockFile, e);
        }
    }

    private static IllegalStateException runningElsewhere(Path dataDirectory) {
        return new IllegalStateException("Another application is running on the embedded database in "
                + dataDirectory + ": stop it first, or give this one another campusnews.embedded-database.data-directory");
    }

    private static Optional<ProcessHandle> postmaster(Path pidFile, Path dataDirectory) {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.isEmpty() || !lines.get(0).strip().matches("[0-9]{1,10}")) {
            return Optional.empty();
        }
        // The pid file's second line is the data directory the server runs on: a recycled pid is not taken for it.
        boolean sameDirectory = lines.size() > 1 && Path.of(lines.get(1).strip()).toAbsolutePath().normalize()
                .equals(dataDirectory.toAbsolutePath().normalize());
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> sameDirectory && process.info().command().map(c -> c.endsWith("postgres"))
                        .orElse(false));
    }
}
