package org.campusnews.section;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import org.campusnews.i18n.BilingualEntity;
import org.campusnews.i18n.BilingualName;

/** A part of the site that lists articles (栏目), such as School News or Notices. */
@Entity
public class Section extends BilingualEntity {

    /** Whether its articles are reviewed by their department before the news office. */
    @Column(name = "department_review", nullable = false)
    private boolean departmentReview = true;

    /** Whether a leader signs its articles off after the news office, as the last level. */
    @Column(name = "leader_review", nullable = false)
    private boolean leaderReview;

    protected Section() {
    }

    public Section(String slug, BilingualName name, int sortOrder) {
        super(slug, name, sortOrder);
    }

    public boolean isDepartmentReview() {
        return departmentReview;
    }

    public boolean isLeaderReview() {
        return leaderReview;
    }

    /** Which levels of review, besides the news office's, the articles of this section pass. */
    public void requireReviews(boolean department, boolean leader) {
        this.departmentReview = department;
        this.leaderReview = leader;
    }
}
