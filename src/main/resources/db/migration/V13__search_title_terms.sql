-- The title's terms alone, so that the results whose title matches are found and listed first without reading the
-- whole text of every match. Rows written before are filled by the start-up fill (the analysis version rises to 2);
-- until then their titles rank as text.
alter table article_search add column title_terms tsvector not null default '';
alter table article_search alter column title_terms drop default;

-- One index of the words per language: a search reads only its language's matches, so that a word common in the
-- other language costs nothing. A new language needs its own pair.
drop index article_search_terms_idx;
create index article_search_terms_en_idx on article_search using gin (terms) where lang = 'en';
create index article_search_terms_zh_idx on article_search using gin (terms) where lang = 'zh';
create index article_search_title_terms_en_idx on article_search using gin (title_terms) where lang = 'en';
create index article_search_title_terms_zh_idx on article_search using gin (title_terms) where lang = 'zh';
