-- An article's source (来源) is either one of the departments, shown by its name in the page's language, or free
-- text per language version. A source that names a department exactly (in either language) becomes that department;
-- any other text is kept as the text of every language version.
alter table article add column source_department_id bigint references department (id);
alter table article_translation add column source varchar(100);

update article a
set source_department_id = (
    select min(d.id) from department d
    where lower(btrim(a.source)) = lower(btrim(d.name_en)) or btrim(a.source) = btrim(d.name_zh))
where a.source is not null and btrim(a.source) <> '';

update article_translation t
set source = btrim(a.source)
from article a
where t.article_id = a.id and a.source_department_id is null and a.source is not null and btrim(a.source) <> '';

alter table article drop column source;

create index article_source_department_idx on article (source_department_id) where source_department_id is not null;
