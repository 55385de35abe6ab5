package org.campusnews.department.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.campusnews.department.Department;
import org.campusnews.i18n.BilingualName;

/** What the department page edits. */
public class DepartmentForm {

    @NotBlank(message = "{staff.validation.required}")
    @Size(max = 80, message = "{staff.validation.maxLength}")
    @Pattern(regexp = "|[a-z0-9]+(-[a-z0-9]+)*", message = "{staff.validation.slug}")
    private String slug;

    @NotBlank(message = "{staff.validation.required}")
    @Size(max = 200, message = "{staff.validation.maxLength}")
    private String nameZh;

    @NotBlank(message = "{staff.validation.required}")
    @Size(max = 200, message = "{staff.validation.maxLength}")
    private String nameEn;

    @NotNull(message = "{staff.validation.required}")
    private Integer sortOrder = 0;

    static DepartmentForm of(Department department) {
        DepartmentForm form = new DepartmentForm();
        form.slug = department.getSlug();
        form.nameZh = department.getName().zh();
        form.nameEn = department.getName().en();
        form.sortOrder = department.getSortOrder();
        return form;
    }

    String trimmedSlug() {
        return slug.strip();
    }

    BilingualName name() {
        return new BilingualName(nameZh.strip(), nameEn.strip());
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }
}
