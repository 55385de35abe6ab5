package org.campusnews.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.campusnews.config.CampusNewsProperties;
import org.springframework.stereotype.Component;

/**
 * The rendition an article page shows an image in at column width, as a file with its type and length (made now if
 * it is missing), for those who need to announce it before it is fetched.
 */
@Component
public class ImageFiles {

    private final MediaFiles files;
    private final int columnRendition;

    ImageFiles(MediaFiles files, CampusNewsProperties properties) {
        this.files = files;
        List<Integer> widths = properties.media().renditionWidths().stream().sorted().toList();
        this.columnRendition = widths.stream().filter(width -> width >= MediaViews.COLUMN_WIDTH).findFirst()
                .orElse(widths.get(widths.size() - 1));
    }

    /** Empty when no image has this hash, or its file is gone. */
    public Optional<ImageFile> columnWidth(String sha256) {
        return files.rendition(sha256, columnRendition).map(served -> {
            try {
                return new ImageFile("/media/" + sha256 + "/w" + columnRendition, served.contentType(),
                        served.resource().contentLength());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the length of " + sha256, e);
            }
        });
    }
}
