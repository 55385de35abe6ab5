package org.campusnews.backup;

import java.time.Instant;
import java.util.List;

/**
 * What a backup holds.
 *
 * @param missingOriginals hashes of media rows whose stored file was already missing from the media directory
 */
record BackupSummary(Instant created, String schemaVersion, long articles, long mediaItems, long mediaFiles,
        long mediaBytes, List<String> missingOriginals) {
}
