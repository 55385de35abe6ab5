package org.campusnews.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The staging files of one piece of work (an upload, a rendition made on demand). Closing deletes those still there:
 * the ones moved into storage are gone from staging already, the others were never meant to stay.
 */
final class StagedFiles implements ImageProcessor.StagingFiles, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StagedFiles.class);

    private final MediaStorage storage;
    private final List<Path> files = new ArrayList<>();

    StagedFiles(MediaStorage storage) {
        this.storage = storage;
    }

    @Override
    public Path next() throws IOException {
        Path file = storage.createStagingFile();
        files.add(file);
        return file;
    }

    @Override
    public void close() {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the staging file {}", file, e);
            }
        }
    }
}
