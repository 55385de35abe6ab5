package org.campusnews.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * Keeps media as files under one directory: {@code originals/ab/<sha256>}, {@code renditions/ab/<sha256>/w800}, and
 * {@code tmp/} for files being written. A file is written completely in {@code tmp/}, flushed to disk, then renamed into
 * place, which on one filesystem is atomic: a crash leaves at most a stray file in {@code tmp/} (removed on the next
 * start), never a half-written stored file. Several application instances may share the directory (a network or
 * cluster filesystem with atomic rename, mounted at the same path).
 */
public class FilesystemMediaStorage implements MediaStorage {

    private static final Logger log = LoggerFactory.getLogger(FilesystemMediaStorage.class);

    /** Staging files older than this are left over from a crash or a killed request, and are removed on start. */
    private static final Duration STALE = Duration.ofHours(6);

    private final Path root;
    private final Path staging;

    public FilesystemMediaStorage(Path directory) {
        try {
            this.root = Files.createDirectories(directory).toRealPath();
            this.staging = Files.createDirectories(root.resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use " + directory + " as the media directory", e);
        }
        removeStaleStagingFiles();
    }

    public Path root() {
        return root;
    }

    @Override
    public Path createStagingFile() throws IOException {
        return Files.createTempFile(staging, "upload-", ".part");
    }

    @Override
    public boolean put(String key, Path staged) throws IOException {
        Path target = resolve(key);
        if (Files.exists(target)) {
            Files.deleteIfExists(staged);
            return false;
        }
        Files.createDirectories(target.getParent());
        try (FileChannel channel = FileChannel.open(staged, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            // Staging lies on the same filesystem, so this happens only when another upload of the same content won.
            Files.deleteIfExists(staged);
            if (!Files.exists(target)) {
                throw e;
            }
            return false;
        }
        return true;
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(resolve(key));
    }

    @Override
    public Optional<Resource> get(String key) {
        Path file = resolve(key);
        return Files.isRegularFile(file) ? Optional.of(new FileSystemResource(file)) : Optional.empty();
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    /** The file of a key, which the key's form and this check keep inside the media directory. */
    Path resolve(String key) {
        Path file = root.resolve(MediaStorage.checkKey(key)).normalize();
        if (!file.startsWith(root) || file.startsWith(staging)) {
            throw new IllegalArgumentException("Key outside the media directory: " + key);
        }
        return file;
    }

    private void removeStaleStagingFiles() {
        Instant limit = Instant.now().minus(STALE);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(staging)) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(limit)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            log.warn("Could not clean the media staging directory {}", staging, e);
        }
    }
}
