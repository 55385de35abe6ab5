package org.campusnews.department;

import jakarta.persistence.Entity;

import org.campusnews.i18n.BilingualEntity;
import org.campusnews.i18n.BilingualName;

/** A unit of the university: it publishes articles, translates them, and scopes what its staff may edit. */
@Entity
public class Department extends BilingualEntity {

    protected Department() {
    }

    public Department(String slug, BilingualName name, int sortOrder) {
        super(slug, name, sortOrder);
    }
}
