-- The staff dashboard's queries.

-- Published articles by release time: the statistics of a range of months, the most read of the week and month,
-- the scheduled ones. Without the browse count, which changes with every flush of the views: an indexed column
-- changing would make each of those updates write every index of the table.
create index article_published_release_idx on article (release_time)
    where status = 'PUBLISHED' and deleted_at is null;

-- A person's own articles (their drafts, those returned to them).
create index article_created_by_idx on article (created_by, status, updated_at desc)
    where deleted_at is null;

-- A person's recent work: the articles they saved last.
create index article_revision_created_by_idx on article_revision (created_by, created_at desc);

-- An article's workflow steps in the audit log: the submission that led to a publication.
create index audit_event_article_step_idx on audit_event (target_id, action, occurred_at)
    where target_type = 'ARTICLE';
