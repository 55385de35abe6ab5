package org.campusnews.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.campusnews.article.Article;
import org.campusnews.article.ArticleChanged;
import org.campusnews.department.Department;
import org.campusnews.i18n.Language;
import org.campusnews.section.Section;
import org.campusnews.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Rebuilding the whole index beside the old one, and the start-up fill of rows an older analysis wrote. */
class SearchIndexRebuildIntegrationTests extends IntegrationTest {

    @Autowired
    SearchIndexRebuild rebuild;

    @Autowired
    SearchIndex index;

    @Autowired
    SearchService search;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

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
    void changesSavedDuringARebuildAreInTheRebuiltIndexAndSearchesAnswerMeanwhile() {
        Section section = content.section();
        Department department = content.department();
        Article edited = content.article(section, department).en("Numbat before the edit").releasedHoursAgo(5).save();
        Article deleted = content.article(section, department).en("Numbat to be deleted").releasedHoursAgo(4).save();
        Article unpublished = content.article(section, department).en("Numbat to be withdrawn").releasedHoursAgo(3)
                .save();
        List<Long> foundMeanwhile = new ArrayList<>();
        List<Article> published = new ArrayList<>();

        rebuild.rebuildAll(() -> {
            foundMeanwhile.addAll(ids(search.search(Language.EN, "numbat", 1)));
            published.add(content.article(section, department).en("Numbat published during the rebuild")
                    .zh("重建期间发布的袋食蚁兽").releasedHoursAgo(1).save());
            transactions.executeWithoutResult(status -> {
                jdbc.sql("update article_translation set title = 'Bilby after the edit', body = '<p>Bilby</p>' where article_id = ?")
                        .param(edited.getId()).update();
                jdbc.sql("update article set status = 'DRAFT' where id = ?").param(unpublished.getId()).update();
                events.publishEvent(new ArticleChanged(edited.getId()));
                events.publishEvent(new ArticleChanged(unpublished.getId()));
            });
            jdbc.sql("delete from article where id = ?").param(deleted.getId()).update();
        });

        assertThat(foundMeanwhile).as("searched while the rebuilt index was being filled")
                .containsExactlyInAnyOrder(edited.getId(), deleted.getId(), unpublished.getId());
        assertThat(ids(search.search(Language.EN, "numbat", 1))).containsExactly(published.get(0).getId());
        assertThat(ids(search.search(Language.ZH, "食蚁", 1))).containsExactly(published.get(0).getId());
        assertThat(ids(search.search(Language.EN, "bilby", 1))).containsExactly(edited.getId());
        assertThat(jdbc.sql("select status from article_search where article_id = ?").param(unpublished.getId())
                .query(String.class).single()).isEqualTo("DRAFT");
        assertThat(jdbc.sql("select count(*) from article_search where article_id = ?").param(deleted.getId())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from article_search_change").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from pg_trigger where tgrelid = cast('article_search' as regclass)"
                + " and not tgisinternal").query(Long.class).single()).as("no trigger left").isZero();
        assertThat(jdbc.sql("select count(*) from pg_class where relname like 'article_search_rebuilt%'")
                .query(Long.class).single()).as("nothing left under a temporary name").isZero();
    }

    @Test
    void theRebuiltTableHasTheIndexesAndConstraintsOfTheOldOne() {
        String structure = """
                select string_agg(name, ', ' order by name) from (
                    select relname as name from pg_class c join pg_index x on x.indexrelid = c.oid
                    where x.indrelid = cast('article_search' as regclass)
                    union all
                    select conname || ' ' || pg_get_constraintdef(oid) from pg_constraint
                    where conrelid = cast('article_search' as regclass)) s""";
        String before = jdbc.sql(structure).query(String.class).single();
        assertThat(before).contains("article_search_terms_zh_idx", "article_search_pkey", "FOREIGN KEY");

        rebuild.rebuildAll();

        assertThat(jdbc.sql(structure).query(String.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from pg_constraint where conrelid = cast('article_search' as regclass)"
                + " and not convalidated").query(Long.class).single()).isZero();
    }

    private static List<Long> ids(SearchResults results) {
        return results.hits().stream().map(SearchResults.Hit::articleId).toList();
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
