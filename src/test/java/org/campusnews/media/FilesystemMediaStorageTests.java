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
