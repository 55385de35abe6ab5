-- Which version of the application's analysis (SearchTerms.ANALYSIS_VERSION) wrote each row: rows written by an older
-- one are rewritten by the start-up fill, so an upgrade that changes the analysis refills the index in the background.
alter table article_search add column analysed_with smallint not null default 1;
