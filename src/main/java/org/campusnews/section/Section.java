package org.campusnews.section;

import jakarta.persistence.Entity;

import org.campusnews.i18n.BilingualEntity;
import org.campusnews.i18n.BilingualName;

/** A part of the site that lists articles (栏目), such as School News or Notices. */
@Entity
public class Section extends BilingualEntity {

    protected Section() {
    }

    public Section(String slug, BilingualName name, int sortOrder) {
        super(slug, name, sortOrder);
    }
}
