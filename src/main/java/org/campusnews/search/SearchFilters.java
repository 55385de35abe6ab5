package org.campusnews.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.campusnews.config.CampusNewsProperties;
import org.campusnews.i18n.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The choices of the search page's filters: the sections, the departments and the years that have articles. */
@Component
public class SearchFilters {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;

    SearchFilters(JdbcClient jdbc, Clock clock, CampusNewsProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    /** A section or a department, by its slug and its name in the page's language. */
    public record Choice(long id, String slug, String name) {
    }

    List<Choice> sections(Language language) {
        return choices("section", language);
    }

    List<Choice> departments(Language language) {
        return choices("department", language);
    }

    Optional<Choice> section(String slug, Language language) {
        return choice("section", slug, language);
    }

    Optional<Choice> department(String slug, Language language) {
        return choice("department", slug, language);
    }

    /** From this year back to the year of the earliest release in the language's index. */
    List<Integer> years(Language language) {
        Timestamp earliest = jdbc.sql("""
                        select min(release_time) from article_search
                        where lang = ? and status = 'PUBLISHED' and not deleted""")
                .param(language.code()).query(Timestamp.class).list().get(0); // null while the index is empty
        int now = Year.now(clock.withZone(zone)).getValue();
        int first = earliest == null ? now : Math.min(now, earliest.toInstant().atZone(zone).getYear());
        return java.util.stream.IntStream.iterate(now, year -> year >= first, year -> year - 1).boxed().toList();
    }

    private List<Choice> choices(String table, Language language) {
        return jdbc.sql("select id, slug, name_" + language.code() + " from " + table + " order by sort_order, id")
                .query((rs, row) -> new Choice(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    private Optional<Choice> choice(String table, String slug, Language language) {
        return jdbc.sql("select id, slug, name_" + language.code() + " from " + table + " where slug = ?")
                .param(slug).query((rs, row) -> new Choice(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }
}
