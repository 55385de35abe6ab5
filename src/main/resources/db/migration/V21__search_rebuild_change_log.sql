-- The search index is rebuilt into a fresh table beside article_search, which keeps serving searches until the new
-- one replaces it (SearchIndexRebuild). Meanwhile a trigger on article_search, created and dropped by the rebuild,
-- notes here every article whose rows the application writes or deletes, so that the rebuild copies their latest rows
-- before the swap and no change made during the rebuild is lost.
create table article_search_change (
    article_id bigint not null
);

create function article_search_note_change() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' then
        insert into article_search_change (article_id) values (old.article_id);
    else
        insert into article_search_change (article_id) values (new.article_id);
    end if;
    return null;
end
$$;
