package org.campusnews.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the site is published in; {@link #code()} is the URL prefix and the stored value. */
public enum Language {
    ZH("zh", "zh-CN", Locale.CHINESE),
    EN("en", "en", Locale.ENGLISH);

    private final String code;
    private final String htmlLang;
    private final Locale locale;

    Language(String code, String htmlLang, Locale locale) {
        this.code = code;
        this.htmlLang = htmlLang;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    /** The BCP 47 tag for {@code lang} and {@code hreflang} attributes. */
    public String htmlLang() {
        return htmlLang;
    }

    public Locale locale() {
        return locale;
    }

    public Language other() {
        return this == ZH ? EN : ZH;
    }

    public static Optional<Language> fromCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst();
    }

    public static Language of(Locale locale) {
        return fromCode(locale.getLanguage()).orElse(EN);
    }
}
