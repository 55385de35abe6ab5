package org.campusnews.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.campusnews.department.Department;
import org.campusnews.i18n.Language;
import org.campusnews.section.Section;
import org.campusnews.support.IntegrationTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Public pages run a fixed, small number of SQL statements, however many articles there are: no N+1. */
class StatementCountIntegrationTests extends IntegrationTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void articlePageRunsAtMostThreeStatements() {
        Section section = content.section();
        Department translator = content.department();
        for (int i = 0; i < 5; i++) {
            content.article(section, content.department()).en("Neighbour " + i).zh("邻居 " + i)
                    .translatedBy(Language.EN, translator).releasedHoursAgo(10 + i).save();
        }
        Article article = content.article(section, content.department()).en("Counted").zh("统计")
                .translatedBy(Language.EN, translator).releasedHoursAgo(12).save();
        get("/en/");

        assertThat(statementsFor("/en/articles/" + article.getId())).isLessThanOrEqualTo(3);
        assertThat(statementsFor("/zh/articles/" + article.getId())).isLessThanOrEqualTo(3);
    }

    @Test
    void listPagesRunAFixedNumberOfStatements() {
        Section section = content.section();
        Department department = content.department();
        content.article(section, department).en("Pinned").pinned().save();
        for (int i = 0; i < 30; i++) {
            content.article(section, department).en("Listed " + i).releasedHoursAgo(10 + i).save();
        }
        get("/zh/");

        assertThat(statementsFor("/en/sections/" + section.getSlug())).isLessThanOrEqualTo(3);
        assertThat(statementsFor("/en/sections/" + section.getSlug() + "?page=2")).isLessThanOrEqualTo(2);
        assertThat(statementsFor("/en/")).isEqualTo(1);
    }

    @Test
    void pagesShownAgainRunNoStatements() {
        Section section = content.section();
        Article article = content.article(section, content.department()).en("Shown twice").releasedHoursAgo(3).save();
        for (String path : List.of("/en/", "/en/sections/" + section.getSlug(), "/en/articles/" + article.getId())) {
            get(path);
            assertThat(statementsFor(path)).as(path).isZero();
        }
    }

    private long statementsFor(String path) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        assertThat(get(path).statusCode()).isEqualTo(200);
        return statistics.getPrepareStatementCount();
    }
}
