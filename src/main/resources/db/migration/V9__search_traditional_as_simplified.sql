-- The search analysis now writes traditional Chinese characters as simplified ones, on both sides. Rows analysed the
-- old way are dropped; the application indexes the published articles the index lacks after its start, in the
-- background (campusnews.search.index-on-start), and search answers from the rows written so far meanwhile.
delete from article_search;
