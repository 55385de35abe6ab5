-- The newest articles of a language across all sections (the site's feed, the API's list and its pages by cursor,
-- the archive's months) read this index from its top instead of sorting the language's whole listing.
create index section_listing_language_newest_idx on section_listing (lang, release_time desc, article_id desc);
