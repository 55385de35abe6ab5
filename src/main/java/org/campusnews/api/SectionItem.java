package org.campusnews.api;

/** A section, with the number of articles it lists now in each language. */
record SectionItem(String slug, BothLanguages<String> name, BothLanguages<Long> articles) {
}
