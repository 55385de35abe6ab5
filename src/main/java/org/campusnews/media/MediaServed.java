package org.campusnews.media;

import org.springframework.core.io.Resource;

/**
 * A stored file ready to be sent.
 *
 * @param etag a strong validator: the content hash, with the width for a rendition
 * @param downloadName the name to save it under, for attachments; null for images, which are shown inline
 */
public record MediaServed(Resource resource, String contentType, String etag, String downloadName) {
}
