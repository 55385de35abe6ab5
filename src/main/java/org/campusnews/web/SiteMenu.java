package org.campusnews.web;

import java.util.List;

import org.campusnews.i18n.Language;

/**
 * The links of the public site's menu, for the public layout. The feature that owns what the menu lists provides it;
 * pages get it from {@link SiteMenuModel}, error pages from {@link ErrorAnswers}.
 */
public interface SiteMenu {

    /** The menu's links in display order, named in the language. */
    List<Item> items(Language language);

    /**
     * @param path the address, without the context path
     * @param label the link's text
     */
    record Item(String path, String label) {
    }
}
