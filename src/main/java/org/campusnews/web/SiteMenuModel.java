package org.campusnews.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.campusnews.i18n.Language;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the public menu ({@code menu}), so that the public layout calls no bean. It is read afresh for
 * each page: a page kept by the page cache is dropped when the sections change, and the next one renders the new
 * menu. Error pages get theirs from {@link ErrorAnswers}, which shows them without a menu where it cannot be read.
 */
@ControllerAdvice
class SiteMenuModel {

    private final SiteMenu menu;

    SiteMenuModel(SiteMenu menu) {
        this.menu = menu;
    }

    @ModelAttribute("menu")
    List<SiteMenu.Item> menu(Locale locale, HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.ERROR ? List.of() : menu.items(Language.of(locale));
    }
}
