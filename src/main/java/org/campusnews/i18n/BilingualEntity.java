package org.campusnews.i18n;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** An entity addressed by a slug, named in both site languages and shown in a set order. */
@MappedSuperclass
public abstract class BilingualEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Embedded
    private BilingualName name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected BilingualEntity() {
    }

    protected BilingualEntity(String slug, BilingualName name, int sortOrder) {
        this.slug = slug;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    /** Changes what staff edit: the slug (and so the address), the names, the place in the order. */
    public void rename(String slug, BilingualName name, int sortOrder) {
        this.slug = slug;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public BilingualName getName() {
        return name;
    }

    public String name(Language language) {
        return name.in(language);
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
