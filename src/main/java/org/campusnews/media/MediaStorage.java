package org.campusnews.media;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.core.io.Resource;

/**
 * Where uploaded files and their renditions are kept, by key. Keys are made by the application only (from content
 * hashes, see {@link MediaKeys}), never from anything a user sends, and every implementation refuses a key that could
 * leave its storage. {@link FilesystemMediaStorage} is the one implementation now; an S3-compatible object store can be
 * added behind the same interface: staging stays a local temporary file (uploads must be inspected and decoded
 * locally anyway), {@link #put} becomes an upload of the staged file, which object stores make visible all at once.
 */
public interface MediaStorage {

    /** A new empty file in a private staging area, where an upload or a rendition is written before {@link #put}. */
    Path createStagingFile() throws IOException;

    /**
     * Moves a completely written staging file under the key, in one step: readers see the whole file or none. When the
     * key exists already (the same content uploaded again) the stored file is kept and the staging file deleted.
     *
     * @return whether the key was new
     */
    boolean put(String key, Path staged) throws IOException;

    boolean exists(String key);

    /** The stored file, readable with its length and modification time; empty when there is none. */
    Optional<Resource> get(String key);

    /** Removes a stored file; no error when there is none. */
    void delete(String key) throws IOException;

    /** Checks that a key is one the application could have made: lowercase names, no {@code ..}, no leading slash. */
    static String checkKey(String key) {
        if (key == null || !key.matches("[a-z0-9]+(/[a-z0-9][a-z0-9.-]*)*") || key.contains("..")) {
            throw new IllegalArgumentException("Not a media key: " + key);
        }
        return key;
    }
}
