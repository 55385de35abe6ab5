-- The search page's year filter starts at the earliest release in the language, and "newest first" reads the
-- matches in release order: both by this index rather than by reading the whole table.
create index article_search_lang_release_idx on article_search (lang, release_time);
