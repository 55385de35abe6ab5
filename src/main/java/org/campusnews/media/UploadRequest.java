package org.campusnews.media;

import org.springframework.core.io.InputStreamSource;

/**
 * One file sent by staff.
 *
 * @param purpose what the uploader means it for: an image (body or cover) or an attachment; the content must agree
 * @param originalName the file name the browser sent, kept for display and downloads only
 * @param size the size the upload declares; the bytes actually read are checked too
 * @param departmentId the department it is uploaded for, when not for a given article
 * @param articleId the article it is uploaded for, if that article exists already
 */
public record UploadRequest(MediaKind purpose, String originalName, long size, InputStreamSource content,
        Long departmentId, Long articleId, String altZh, String altEn) {
}
