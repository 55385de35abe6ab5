package org.campusnews.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.campusnews.config.CampusNewsProperties;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

/**
 * The files behind the public media addresses: an upload as it was sent, and the renditions of images, which are made
 * on the first request when missing (for instance after the rendition widths were changed).
 */
@Service
public class MediaFiles {

    private final MediaRepository media;
    private final MediaStorage storage;
    private final ImageProcessor images;
    private final CampusNewsProperties.Media settings;
    private final Map<String, Object> renditionLocks = new ConcurrentHashMap<>();

    MediaFiles(MediaRepository media, MediaStorage storage, ImageProcessor images, CampusNewsProperties properties) {
        this.media = media;
        this.storage = storage;
        this.images = images;
        this.settings = properties.media();
    }

    /** The file as uploaded, by its content hash. */
    public Optional<MediaServed> original(String sha256) {
        return media.findBySha256(sha256).flatMap(item -> storage.get(MediaKeys.original(sha256))
                .map(resource -> new MediaServed(resource, item.getContentType(), sha256,
                        item.isImage() ? null : item.getOriginalName())));
    }

    /**
     * The rendition of an image for one of the configured widths (at most the image's own width), made now and kept
     * if it is missing.
     */
    public Optional<MediaServed> rendition(String sha256, int width) {
        if (!settings.renditionWidths().contains(width)) {
            return Optional.empty();
        }
        Optional<Media> found = media.findBySha256(sha256).filter(Media::isImage);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Media item = found.get();
        int actual = Math.min(width, item.getWidth());
        String key = MediaKeys.rendition(sha256, actual);
        Optional<Resource> stored = storage.get(key);
        if (stored.isEmpty()) {
            stored = makeRendition(item, actual, key);
        }
        return stored.map(resource -> new MediaServed(resource, item.getRenditionType(), sha256 + "-w" + actual, null));
    }

    /** Makes one missing rendition; concurrent requests for the same one wait for the first to make it. */
    private Optional<Resource> makeRendition(Media item, int width, String key) {
        Object lock = renditionLocks.computeIfAbsent(key, k -> new Object());
        synchronized (lock) {
            try {
                Optional<Resource> made = storage.get(key);
                if (made.isPresent()) {
                    return made;
                }
                Optional<Resource> original = storage.get(MediaKeys.original(item.getSha256()));
                if (original.isEmpty()) {
                    return Optional.empty();
                }
                try (StagedFiles staged = new StagedFiles(storage)) {
                    Path source;
                    if (original.get().isFile()) {
                        source = original.get().getFile().toPath();
                    } else {
                        source = staged.next();
                        try (InputStream in = original.get().getInputStream()) {
                            Files.copy(in, source, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                    ImageProcessor.Rendered rendered = images.render(source, item.getFileType(), List.of(width), staged);
                    for (Map.Entry<Integer, Path> file : rendered.files().entrySet()) {
                        storage.put(MediaKeys.rendition(item.getSha256(), file.getKey()), file.getValue());
                    }
                    return storage.get(key);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not make " + key, e);
            } finally {
                renditionLocks.remove(key);
            }
        }
    }
}
