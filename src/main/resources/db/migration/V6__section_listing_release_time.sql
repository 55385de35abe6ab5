-- The page cache asks for the next scheduled release, so that pages listing the article are renewed at that moment.
create index section_listing_release_time_idx on section_listing (release_time);
