package org.campusnews.web;

import java.util.Locale;

import org.campusnews.i18n.Language;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the language it is shown in, as chosen by {@link PathLocaleResolver}. */
@ControllerAdvice
class LanguageModel {

    @ModelAttribute("language")
    Language language(Locale locale) {
        return Language.of(locale);
    }
}
