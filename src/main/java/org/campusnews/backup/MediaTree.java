package org.campusnews.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.campusnews.media.MediaKeys;

/** Copying the media directory's stored files from one place to another, and checking what a directory holds. */
final class MediaTree {

    record Copied(long files, long bytes) {
    }

    private MediaTree() {
    }

    static void requireEmptyOrAbsent(Path directory, String what) {
        if (!Files.exists(directory)) {
            return;
        }
        if (!Files.isDirectory(directory)) {
            throw new BackupException(what + " " + directory + " is a file, not a directory");
        }
        try (Stream<Path> entries = Files.list(directory)) {
            if (entries.findAny().isPresent()) {
                throw new BackupException(what + " " + directory + " is not empty");
            }
        } catch (IOException e) {
            throw new BackupException(what + " " + directory + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Copies the named folders of {@code from} into {@code to}; files removed meanwhile are skipped. */
    static Copied copy(Path from, Path to, List<String> folders) throws IOException {
        long files = 0;
        long bytes = 0;
        for (String folder : folders) {
            Path source = from.resolve(folder);
            if (!Files.isDirectory(source)) {
                continue;
            }
            List<Path> regularFiles;
            try (Stream<Path> walk = Files.walk(source)) {
                regularFiles = walk.filter(Files::isRegularFile).toList();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            for (Path file : regularFiles) {
                Path copy = to.resolve(from.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                try {
                    Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                    files++;
                    bytes += Files.size(copy);
                } catch (NoSuchFileException gone) {
                    // deleted since the walk: a file no row of the snapshot names (those rows are locked)
                }
            }
        }
        return new Copied(files, bytes);
    }

    /** The hashes whose original is not under {@code media/originals}. */
    static List<String> missingOriginals(Path media, List<String> hashes) {
        List<String> missing = new ArrayList<>();
        for (String hash : hashes) {
            if (!Files.isRegularFile(media.resolve(MediaKeys.original(hash)))) {
                missing.add(hash);
            }
        }
        return missing;
    }

    static void clear(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(directory)) {
                    Files.delete(path);
                }
            }
        }
    }
}
