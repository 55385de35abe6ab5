package org.campusnews.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.campusnews.article.Article;
import org.campusnews.department.Department;
import org.campusnews.i18n.Language;
import org.campusnews.section.Section;
import org.campusnews.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rebuilding the whole index in place, and the start-up fill of rows an older analysis wrote. */
class SearchIndexRebuildIntegrationTests extends IntegrationTest {

    @Autowired
    SearchIndexRebuild rebuild;

    @Autowired
    SearchIndex index;

    @Autowired
    SearchService search;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRebuildRewritesEveryRowAndRemovesRowsOfVersionsThatAreGone() {
        Section section = content.section();
        Department department = content.department();
        Article published = content.article(section, department).en("Rebuilt quokka sighting").zh("重建的短尾矮袋鼠")
                .releasedHoursAgo(3).save();
        Article draft = content.article(section, department).en("Rebuilt quokka draft").draft().save();
        long rows = jdbc.sql("select count(*) from article_search").query(Long.class).single();
        jdbc.sql("update article_search set terms = '', title_terms = '', analysed_with = 0 where article_id in (?, ?)")
                .param(published.getId()).param(draft.getId()).update();
        jdbc.sql("""
                insert into article_search (article_id, lang, section_id, department_id, release_time, status, deleted,
                                            title, text, analysed_with, title_terms, terms)
                select article_id, 'xx', section_id, department_id, release_time, status, deleted, title, text, 1, title_terms, terms
                from article_search where article_id = ? and lang = 'en'""").param(published.getId()).update();
        assertThat(search.search(Language.EN, "quokka", 1).total()).isZero();

        SearchIndexRebuild.Outcome outcome = rebuild.rebuildAll();

        assertThat(outcome.removed()).isEqualTo(1);
        assertThat(outcome.articles()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("select count(*) from article_search").query(Long.class).single()).isEqualTo(rows);
        assertThat(jdbc.sql("select count(*) from article_search where analysed_with < ?")
                .param(SearchTerms.ANALYSIS_VERSION).query(Long.class).single()).isZero();
        assertThat(search.search(Language.EN, "quokka", 1).hits())
                .extracting(SearchResults.Hit::articleId).containsExactly(published.getId());
        assertThat(search.search(Language.ZH, "袋鼠", 1).total()).isEqualTo(1);
        assertThat(jdbc.sql("select status from article_search where article_id = ?").param(draft.getId())
                .query(String.class).single()).isEqualTo("DRAFT");
    }

    @Test
    void theStartUpFillRewritesRowsOfAnOlderAnalysis() {
        Article article = content.article(content.section(), content.department()).en("Older analysis wombat")
                .releasedHoursAgo(3).save();
        jdbc.sql("update article_search set terms = '', title_terms = '', analysed_with = 0 where article_id = ?")
                .param(article.getId()).update();
        assertThat(search.search(Language.EN, "wombat", 1).total()).isZero();

        index.backfill();

        assertThat(search.search(Language.EN, "wombat", 1).total()).isEqualTo(1);
        assertThat(jdbc.sql("select analysed_with from article_search where article_id = ?").param(article.getId())
                .query(Short.class).single()).isEqualTo(SearchTerms.ANALYSIS_VERSION);
    }
}
