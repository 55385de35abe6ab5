package org.campusnews.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.List;

import org.campusnews.config.CampusNewsProperties;
import org.campusnews.i18n.Language;
import org.campusnews.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Right after the first start the index is still being filled in the background: searching then finds nothing. */
class EmptySearchIndexIntegrationTests extends IntegrationTest {

    @Autowired
    private SearchFilters filters;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private java.time.Clock clock;
    @Autowired
    private CampusNewsProperties properties;

    @Test
    void anEmptyIndexOffersOnlyThisYear() {
        List<Integer> years = transactions.execute(status -> {
            jdbc.sql("delete from article_search").update();
            status.setRollbackOnly();
            return filters.years(Language.EN);
        });

        assertThat(years).containsExactly(Year.now(clock.withZone(properties.timeZone())).getValue());
        assertThat(jdbc.sql("select count(*) from article_search").query(Long.class).single()).isPositive();
    }
}
