package org.campusnews.media.admin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.campusnews.media.MediaKind;
import org.springframework.web.multipart.MultipartFile;

/** An upload from the editor or the library page. */
public class MediaUploadForm {

    private MultipartFile file;

    @NotNull
    private MediaKind purpose;

    private Long departmentId;

    private Long articleId;

    @Size(max = 300, message = "{staff.validation.maxLength}")
    private String altZh;

    @Size(max = 300, message = "{staff.validation.maxLength}")
    private String altEn;

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

    public MediaKind getPurpose() {
        return purpose;
    }

    public void setPurpose(MediaKind purpose) {
        this.purpose = purpose;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public Long getArticleId() {
        return articleId;
    }

    public void setArticleId(Long articleId) {
        this.articleId = articleId;
    }

    public String getAltZh() {
        return altZh;
    }

    public void setAltZh(String altZh) {
        this.altZh = altZh;
    }

    public String getAltEn() {
        return altEn;
    }

    public void setAltEn(String altEn) {
        this.altEn = altEn;
    }
}
