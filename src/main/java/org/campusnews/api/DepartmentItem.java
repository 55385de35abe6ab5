package org.campusnews.api;

/**
 * A department, with the number of visible articles it published and of their versions it translated, in each
 * language.
 */
record DepartmentItem(String slug, BothLanguages<String> name, BothLanguages<Long> published,
        BothLanguages<Long> translated) {
}
