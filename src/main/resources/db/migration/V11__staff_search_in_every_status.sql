-- The search index now holds a row for every article and language, whatever its status, deleted ones included, so
-- that the staff list searches the same terms. Public searches keep to published, not deleted rows; these columns
-- let them (and the staff list's scoping) decide without reading the article. Drafts may have no release time yet.
alter table article_search
    add column status  varchar(20) not null default 'PUBLISHED',
    add column deleted boolean     not null default false,
    alter column release_time drop not null;

update article_search s
set status = a.status, deleted = a.deleted_at is not null
from article a
where a.id = s.article_id;

alter table article_search
    alter column status drop default,
    alter column deleted drop default;

