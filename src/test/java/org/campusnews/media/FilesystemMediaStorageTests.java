package org.campusnews.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesystemMediaStorageTests {

    private static final String HASH = "ab".repeat(32);

    @TempDir
    Path directory;

    @Test
    void storesAStagedFileUnderItsKeyInOneStep() throws IOException {
        FilesystemMediaStorage storage = new FilesystemMediaStorage(directory);
        Path staged = Files.writeString(storage.createStagingFile(), "content");

        assertThat(storage.put(MediaKeys.original(HASH), staged)).isTrue();

        assertThat(staged).doesNotExist();
        assertThat(directory.resolve("originals/ab/" + HASH)).hasContent("content");
        assertThat(storage.get(MediaKeys.original(HASH))).isPresent();
        assertThat(stagingFiles(storage)).isEmpty();
    }

    @Test
    void theSameContentIsKeptOnce() throws IOException {
        FilesystemMediaStorage storage = new FilesystemMediaStorage(directory);
        storage.put(MediaKeys.original(HASH), Files.writeString(storage.createStagingFile(), "content"));
        Path again = Files.writeString(storage.createStagingFile(), "content");

        assertThat(storage.put(MediaKeys.original(HASH), again)).isFalse();

        assertThat(again).doesNotExist();
        try (Stream<Path> files = Files.list(directory.resolve("originals/ab"))) {
            assertThat(files).hasSize(1);
        }
    }

    /**
     * Two instances of the application on one shared directory, each storing the same file at the same moment (two
     * uploads of one picture, or one rendition asked for on both): the file is whole at every moment (each is moved
     * into place in one step; the later one, of the same bytes, may replace the earlier), and nothing is left behind.
     */
    @Test
    void twoInstancesStoringTheSameFileAtOnceKeepItWhole() throws Exception {
        String content = "x".repeat(2_000_000);
        for (int round = 0; round < 20; round++) {
            String key = MediaKeys.rendition(String.format("%064x", round), 320);
            FilesystemMediaStorage first = new FilesystemMediaStorage(directory);
            FilesystemMediaStorage second = new FilesystemMediaStorage(directory);
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(3);
            java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(3);
            try {
                java.util.List<java.util.concurrent.Future<Boolean>> stored = new java.util.ArrayList<>();
                for (FilesystemMediaStorage storage : java.util.List.of(first, second)) {
                    Path staged = Files.writeString(storage.createStagingFile(), content);
                    stored.add(writers.submit(() -> {
                        together.await();
                        return storage.put(key, staged);
                    }));
                }
                java.util.concurrent.Future<Boolean> reader = writers.submit(() -> {
                    together.await();
                    for (int look = 0; look < 200; look++) {
                        var found = second.get(key);
                        if (found.isPresent() && found.get().contentLength() != content.length()) {
                            return false;
                        }
                    }
                    return true;
                });
                boolean byFirst = stored.get(0).get();
                boolean bySecond = stored.get(1).get();
                assertThat(byFirst || bySecond).as("stored").isTrue();
                assertThat(reader.get()).as("never a part of it").isTrue();
            } finally {
                writers.shutdown();
            }
            assertThat(first.get(key).orElseThrow().contentLength()).isEqualTo(content.length());
            assertThat(stagingFiles(first)).isEmpty();
        }
    }

    @Test
    void keysThatCouldLeaveTheDirectoryAreRefused() {
        FilesystemMediaStorage storage = new FilesystemMediaStorage(directory);
        for (String key : new String[] {"../etc/passwd", "/etc/passwd", "originals/../../x", "originals/ab/..",
                "tmp/upload-1.part", "Originals/AB", "originals//x", "originals\\x", "", "originals/%2e%2e/x"}) {
            assertThatThrownBy(() -> storage.get(key)).as(key).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> storage.delete(key)).as(key).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> MediaKeys.original("../" + HASH.substring(3))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MediaKeys.rendition(HASH.toUpperCase(), 320)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void leftOverStagingFilesAreRemovedOnStart() throws IOException {
        FilesystemMediaStorage first = new FilesystemMediaStorage(directory);
        Path stale = first.createStagingFile();
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.fromMillis(0));
        Path fresh = first.createStagingFile();

        new FilesystemMediaStorage(directory);

        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
    }

    private static java.util.List<Path> stagingFiles(FilesystemMediaStorage storage) throws IOException {
        try (Stream<Path> files = Files.list(storage.root().resolve("tmp"))) {
            return files.toList();
        }
    }
}
