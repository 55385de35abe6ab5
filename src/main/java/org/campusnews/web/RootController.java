package org.campusnews.web;

import org.campusnews.config.CampusNewsProperties;
import org.campusnews.i18n.Language;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class RootController {

    private final CampusNewsProperties properties;

    RootController(CampusNewsProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/")
    String root() {
        return "redirect:/" + properties.defaultLanguage().code() + "/";
    }

    @GetMapping("/{lang:en|zh}")
    String languageHome(@PathVariable Language lang) {
        return "redirect:/" + lang.code() + "/";
    }
}
