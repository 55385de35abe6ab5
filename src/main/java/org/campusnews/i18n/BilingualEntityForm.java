package org.campusnews.i18n;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;


/** What the staff pages of departments and sections edit: a slug, the names in both languages, the order. */
public class BilingualEntityForm {

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

    public static BilingualEntityForm of(BilingualEntity entity) {
        BilingualEntityForm form = new BilingualEntityForm();
        form.slug = entity.getSlug();
        form.nameZh = entity.getName().zh();
        form.nameEn = entity.getName().en();
        form.sortOrder = entity.getSortOrder();
        return form;
    }

    public String trimmedSlug() {
        return slug.strip();
    }

    public BilingualName name() {
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
