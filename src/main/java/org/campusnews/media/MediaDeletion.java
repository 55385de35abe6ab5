package org.campusnews.media;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.campusnews.config.CampusNewsProperties;
import org.campusnews.user.Staff;
import org.campusnews.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Deleting files from the library: who may, and only while nothing uses them. The row goes in the transaction; the
 * stored file and its renditions after it commits, so a failed deletion never leaves a row without its file.
 */
@Service
public class MediaDeletion {

    private static final Logger log = LoggerFactory.getLogger(MediaDeletion.class);

    private final MediaRepository media;
    private final MediaStorage storage;
    private final MediaUses uses;
    private final JdbcClient jdbc;
    private final CampusNewsProperties.Media settings;

    MediaDeletion(MediaRepository media, MediaStorage storage, MediaUses uses, JdbcClient jdbc,
            CampusNewsProperties properties) {
        this.media = media;
        this.storage = storage;
        this.uses = uses;
        this.jdbc = jdbc;
        this.settings = properties.media();
    }

    /** What became of a deletion; either way the item's kind, for going back to its tab of the library. */
    public sealed interface Outcome {

        MediaKind kind();
    }

    public record Deleted(MediaKind kind) implements Outcome {
    }

    /** Refused: the item is still used, in this many places. */
    public record StillUsed(MediaKind kind, String name, int uses) implements Outcome {
    }

    /** Editors and administrators may delete any file; authors the files they uploaded. */
    static boolean mayDelete(Media item, Staff staff) {
        return staff.canPublish() || staff.getUsername().equals(item.getUploadedBy());
    }

    /** Deletes an item nothing uses; throws {@link AccessDeniedException} for a person who may not delete it. */
    @Transactional
    public Outcome delete(long id, Staff staff) {
        Media item = media.findById(id).orElseThrow(() -> new NotFoundException("No media " + id));
        if (!mayDelete(item, staff)) {
            throw new AccessDeniedException(staff.getUsername() + " may not delete media " + id);
        }
        // Held until the end of the transaction: an article saved meanwhile cannot start using the file unseen.
        jdbc.sql("select id from media where id = :id for update").param("id", id).query(Long.class).single();
        List<MediaUsage> used = uses.of(List.of(id)).getOrDefault(id, List.of());
        if (!used.isEmpty()) {
            return new StillUsed(item.getKind(), item.getOriginalName(), used.size());
        }
        media.delete(item);
        media.flush();
        Set<String> keys = new TreeSet<>();
        keys.add(MediaKeys.original(item.getSha256()));
        if (item.isImage()) {
            for (int width : settings.renditionWidths()) {
                keys.add(MediaKeys.rendition(item.getSha256(), Math.min(width, item.getWidth())));
            }
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                for (String key : keys) {
                    try {
                        storage.delete(key);
                    } catch (IOException e) {
                        log.warn("Could not delete media file {}; it is no longer used", key, e);
                    }
                }
            }
        });
        return new Deleted(item.getKind());
    }
}
