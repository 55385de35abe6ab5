package org.campusnews.i18n;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A name given in both site languages, as departments and sections have. */
@Embeddable
public class BilingualName {

    @Column(name = "name_zh", nullable = false, length = 200)
    private String zh;

    @Column(name = "name_en", nullable = false, length = 200)
    private String en;

    protected BilingualName() {
    }

    public BilingualName(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String in(Language language) {
        return language == Language.ZH ? zh : en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
