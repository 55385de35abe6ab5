-- The search index: one row per published (not deleted) article and language, rewritten by the application in the
-- transaction that changes the article. Scheduled articles have rows too; searches filter them by release time.
-- terms holds the title (weight A), summary (B) and text (D): English words stemmed by PostgreSQL's 'english'
-- configuration, and Chinese, Japanese and Korean text as single characters and overlapping pairs of characters,
-- computed by the application (SearchTerms), which analyses queries the same way. text is the summary and the body
-- without markup, for snippets.
create table article_search (
    article_id    bigint       not null references article (id) on delete cascade,
    lang          varchar(2)   not null,
    section_id    bigint       not null references section (id),
    department_id bigint       not null references department (id),
    release_time  timestamptz  not null,
    title         varchar(200) not null,
    text          text         not null,
    terms         tsvector     not null,
    primary key (article_id, lang)
);

create index article_search_terms_idx on article_search using gin (terms);
create index article_search_section_idx on article_search (section_id);
create index article_search_department_idx on article_search (department_id);
