package org.campusnews.media.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.campusnews.media.FileFamily;
import org.campusnews.media.MediaKind;
import org.springframework.web.util.UriComponentsBuilder;

/** The library's filters: images or files, a format or kind of document, a part of the name, and the page. */
public class MediaLibraryQuery {

    @NotNull
    private MediaKind kind = MediaKind.IMAGE;

    private FileFamily type;

    @Size(max = 100, message = "{staff.validation.maxLength}")
    private String q;

    @Min(1)
    @Max(100_000)
    private int page = 1;

    /** The filters as query parameters, for links to other pages of the same list. */
    public String filterParameters() {
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance().queryParam("kind", kind);
        if (type != null) {
            builder.queryParam("type", type);
        }
        if (q != null && !q.isBlank()) {
            builder.queryParam("q", q);
        }
        return builder.encode().build().getQuery();
    }

    /** A type of the other kind (an image format among files) would show nothing: it is dropped. */
    FileFamily effectiveType() {
        return type != null && type.kind() == kind ? type : null;
    }

    public MediaKind getKind() {
        return kind;
    }

    public void setKind(MediaKind kind) {
        this.kind = kind;
    }

    public FileFamily getType() {
        return type;
    }

    public void setType(FileFamily type) {
        this.type = type;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
