package org.campusnews.benchmark;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

/**
 * Fills an empty schema with many published articles in a few set-based statements: the demo university's
 * departments and sections, and articles whose texts are taken from the demo articles. Each article's choices
 * (section, texts, languages …) follow from hashes of its number, so a load is the same every time.
 * <ul>
 * <li>60 % of the articles are in the two hot sections, {@code notices} and {@code school-news}; the others share the
 * rest;</li>
 * <li>release times are spread evenly over the last six years, the newest a minute ago, the order of release times
 * following the order of ids as in a real newsroom;</li>
 * <li>85 % are in both languages, 10 % in Chinese only, 5 % in English only; the translated version of a bilingual
 * article credits the translating department where its demo article does;</li>
 * <li>bodies are two or three demo bodies in a row (1–3 KB); a few articles of each section, among its newest, are
 * pinned.</li>
 * </ul>
 */
final class ArticleLoader {

    static final List<String> HOT_SECTIONS = List.of("notices", "school-news");
    /** Per mille of all articles in each hot section. */
    private static final int HOT_SECTION_SHARE = 300;
    /** Pinned are the articles that are this many places from the top of their section's newest-first order. */
    private static final String PINNED_RECENCIES = "2, 9, 40, 150";
    private static final long SPAN_SECONDS = Duration.ofDays(6 * 365).toSeconds();

    private final DataSource dataSource;

    ArticleLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    LoadedArticles load(int articles) throws IOException, SQLException {
        long start = System.nanoTime();
        DemoTexts texts = DemoTexts.read();
        int translations;
        try (Connection connection = dataSource.getConnection()) {
            insertUnits(connection, "department", texts.departments());
            insertUnits(connection, "section", texts.sections());
            createSectionShares(connection, texts.sections());
            int templates = createTemplates(connection, texts.bilingualArticles());
            step("articles", () -> insertArticles(connection, articles, templates));
            translations = step("translations", () -> insertTranslations(connection, templates));
            step("pinned", () -> update(connection, """
                    update article set pinned = true where id in (
                        select id from (
                            select id, row_number() over (partition by section_id order by release_time desc, id desc) as recency
                            from article) ranked
                        where recency in (%s))""".formatted(PINNED_RECENCIES)));
            step("section listing", () -> fillSectionListing(connection));
            update(connection, "select setval(pg_get_serial_sequence('article', 'id'), (select max(id) from article))");
            update(connection, "drop table benchmark_section_share, benchmark_template, benchmark_version");
            // Without this, autovacuum would visit the new tables on its own, possibly while the pages are measured.
            step("vacuum and analyze", () -> update(connection,
                    "vacuum (analyze) department, section, article, article_translation, section_listing"));
            update(connection, "checkpoint");
        }
        return new LoadedArticles(articles, translations, Duration.ofNanos(System.nanoTime() - start));
    }

    private static void insertUnits(Connection connection, String table, List<DemoTexts.Unit> units) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into " + table + " (slug, name_zh, name_en, sort_order) values (?, ?, ?, ?)")) {
            for (DemoTexts.Unit unit : units) {
                insert.setString(1, unit.slug());
                insert.setString(2, unit.nameZh());
                insert.setString(3, unit.nameEn());
                insert.setInt(4, unit.sortOrder());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Each section's range of per-mille values ({@code low} inclusive, {@code high} exclusive). */
    private static void createSectionShares(Connection connection, List<DemoTexts.Unit> sections) throws SQLException {
        List<DemoTexts.Unit> others = sections.stream().filter(unit -> !HOT_SECTIONS.contains(unit.slug())).toList();
        if (others.size() != sections.size() - HOT_SECTIONS.size() || others.isEmpty()) {
            throw new IllegalStateException("The demo sections must include " + HOT_SECTIONS + " and others");
        }
        update(connection, "create temp table benchmark_section_share (section_id bigint, low int, high int)");
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into benchmark_section_share select id, ?, ? from section where slug = ?")) {
            int low = 0;
            for (DemoTexts.Unit unit : sections) {
                int share = HOT_SECTIONS.contains(unit.slug()) ? HOT_SECTION_SHARE
                        : (1000 - HOT_SECTION_SHARE * HOT_SECTIONS.size()) / others.size();
                int high = unit == sections.get(sections.size() - 1) ? 1000 : low + share;
                insert.setInt(1, low);
                insert.setInt(2, high);
                insert.setString(3, unit.slug());
                insert.addBatch();
                low = high;
            }
            insert.executeBatch();
        }
    }

    /** The demo articles as numbered templates; returns how many there are. */
    private static int createTemplates(Connection connection, List<DemoTexts.Item> items) throws SQLException {
        update(connection, """
                create temp table benchmark_template (
                    template int primary key, department_id bigint not null, source_department_id bigint,
                    original_lang varchar(2))""");
        update(connection, """
                create temp table benchmark_version (
                    template int, lang varchar(2), title text, summary text, body text, translator_id bigint,
                    source text, primary key (template, lang))""");
        try (PreparedStatement template = connection.prepareStatement("""
                        insert into benchmark_template
                        select ?, (select id from department where slug = ?), (select id from department where slug = ?), ?""");
                PreparedStatement version = connection.prepareStatement("""
                        insert into benchmark_version
                        select ?, ?, ?, ?, ?, (select id from department where slug = ?), ?""")) {
            for (int number = 0; number < items.size(); number++) {
                DemoTexts.Item item = items.get(number);
                template.setInt(1, number);
                template.setString(2, item.department());
                template.setString(3, item.sourceDepartment());
                template.setString(4, item.original());
                template.addBatch();
                addVersion(version, number, "zh", item.zh());
                addVersion(version, number, "en", item.en());
            }
            template.executeBatch();
            version.executeBatch();
        }
        return items.size();
    }

    private static void addVersion(PreparedStatement insert, int template, String language, DemoTexts.Version version)
            throws SQLException {
        insert.setInt(1, template);
        insert.setString(2, language);
        insert.setString(3, version.title());
        insert.setString(4, version.summary());
        insert.setString(5, version.body());
        insert.setString(6, version.translator());
        insert.setString(7, version.source());
        insert.addBatch();
    }

    private static int insertArticles(Connection connection, int articles, int templates) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into article (id, section_id, department_id, source_department_id, release_time, status, pinned,
                                     browse_count, created_at, updated_at)
                select n, s.section_id, t.department_id, t.source_department_id, r.release_time, 'PUBLISHED', false,
                       abs(hashint8extended(n, 3)) % 5000, r.release_time, r.release_time
                from generate_series(1, ?) n
                cross join lateral (
                    select now() - interval '1 minute'
                           - make_interval(secs => (? - n + abs(hashint8extended(n, 4)) % 1000 / 1000.0) * ?) as release_time
                ) r
                join benchmark_template t on t.template = abs(hashint8extended(n, 1)) % ?
                join benchmark_section_share s on abs(hashint8extended(n, 2)) % 1000 >= s.low
                                              and abs(hashint8extended(n, 2)) % 1000 < s.high""")) {
            insert.setInt(1, articles);
            insert.setInt(2, articles);
            insert.setDouble(3, (double) SPAN_SECONDS / articles);
            insert.setInt(4, templates);
            return insert.executeUpdate();
        }
    }

    /**
     * Each article's versions: its template's texts, the body followed by the bodies of one or two other templates.
     * {@code coverage} below 85 means both languages, below 95 Chinese only, else English only.
     */
    private static int insertTranslations(Connection connection, int templates) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into article_translation (article_id, lang, title, summary, body, translator_id, original, source)
                select a.id, v.lang, v.title, v.summary,
                       v.body || second.body
                              || case when v.lang = 'zh' and abs(hashint8extended(a.id, 7)) % 2 = 0 then third.body else '' end,
                       case when k.coverage < 85 then v.translator_id end,
                       k.coverage >= 85 or v.lang = t.original_lang, v.source
                from article a
                cross join lateral (
                    select abs(hashint8extended(a.id, 1)) % ? as template,
                           abs(hashint8extended(a.id, 5)) % 100 as coverage,
                           abs(hashint8extended(a.id, 6)) % (? - 2) as shift
                ) k
                join benchmark_template t on t.template = k.template
                join benchmark_version v on v.template = k.template
                     and (k.coverage < 85 or (k.coverage < 95 and v.lang = 'zh') or (k.coverage >= 95 and v.lang = 'en'))
                join benchmark_version second on second.lang = v.lang and second.template = (k.template + 1 + k.shift) % ?
                join benchmark_version third on third.lang = v.lang and third.template = (k.template + ? - 1) % ?""")) {
            insert.setInt(1, templates);
            insert.setInt(2, templates);
            insert.setInt(3, templates);
            insert.setInt(4, templates);
            insert.setInt(5, templates);
            return insert.executeUpdate();
        }
    }

    /** The application's {@code SectionListing.refresh}, for all sections at once into the empty table. */
    private static int fillSectionListing(Connection connection) throws SQLException {
        return update(connection, """
                insert into section_listing (article_id, lang, section_id, pinned, release_time, position, cover)
                select a.id, t.lang, a.section_id, a.pinned, a.release_time,
                       row_number() over (partition by a.section_id, t.lang, a.pinned order by a.release_time, a.id),
                       m.sha256
                from article a
                join article_translation t on t.article_id = a.id
                left join media m on m.id = a.cover_media_id
                where a.status = 'PUBLISHED' and a.deleted_at is null""");
    }

    private static int update(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return Math.max(statement.getUpdateCount(), 0);
        }
    }

    private static int step(String name, SqlStep step) throws SQLException {
        long start = System.nanoTime();
        int rows = step.run();
        System.out.printf("  loaded %-20s %,12d rows %8.1f s%n", name, rows, (System.nanoTime() - start) / 1e9);
        return rows;
    }

    private interface SqlStep {
        int run() throws SQLException;
    }

    record LoadedArticles(int articles, int translations, Duration elapsed) {
    }
}
