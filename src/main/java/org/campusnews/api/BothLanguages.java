package org.campusnews.api;

/** A text or a number in each of the site's languages. */
record BothLanguages<T>(T en, T zh) {
}
