package org.campusnews.media;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * The media library page: one page of items, the formats to filter by, and what its upload form offers.
 *
 * @param families the formats (images) or kinds of document (files) of the tab shown
 */
public record LibraryPage(Page<LibraryItem> items, List<FileFamily> families, UploadOptions upload) {

    /**
     * What the library's upload form offers: the departments one may upload for, whether one must choose one (authors),
     * and the limits, in bytes for the script and as text for messages.
     */
    public record UploadOptions(List<DepartmentOption> departments, boolean departmentRequired, long maxImageBytes,
            String maxImage, long maxAttachmentBytes, String maxAttachment) {
    }

    /** A department to choose, named in the page's language. */
    public record DepartmentOption(long id, String name) {
    }
}
