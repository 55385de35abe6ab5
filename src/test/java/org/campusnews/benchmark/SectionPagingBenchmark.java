package org.campusnews.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.IntSupplier;

import org.campusnews.section.Section;
import org.campusnews.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How the cost of a section page grows with the page number, on a section of 20,000 articles: the real pages over
 * HTTP, and, as the baseline measured in the same run, the same page read with LIMIT/OFFSET. Run it with
 * {@code ./mvnw -Pbenchmark test}; the figures are printed and written to {@code target/benchmark/section-paging.txt}.
 */
@Tag("benchmark")
class SectionPagingBenchmark extends IntegrationTest {

    private static final int ARTICLES = 20_000;
    private static final int DEEP_PAGE = 500;
    private static final int ROUNDS = 300;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void deepPagesCostAsMuchAsTheFirst() throws IOException {
        Section section = content.section();
        content.bulkPublish(section, content.department(), ARTICLES);
        // The baseline gets the index that serves its ORDER BY best, so only the OFFSET makes the difference.
        jdbc.execute("create index benchmark_article_order_idx on article (section_id, release_time desc, id desc)");
        jdbc.execute("analyze");
        String path = "/en/sections/" + section.getSlug();
        double httpFirst;
        double httpDeep;
        double offsetFirst;
        double offsetDeep;
        try {
            httpFirst = medianMicros(() -> get(path).statusCode());
            httpDeep = medianMicros(() -> get(path + "?page=" + DEEP_PAGE).statusCode());
            offsetFirst = medianMicros(() -> offsetPage(section, 1));
            offsetDeep = medianMicros(() -> offsetPage(section, DEEP_PAGE));
        } finally {
            jdbc.execute("drop index benchmark_article_order_idx");
        }

        String report = String.join(System.lineSeparator(),
                "Section paging, " + ARTICLES + " articles in one section, median of " + ROUNDS + " rounds",
                row("HTTP page 1 (this app)", httpFirst, 1),
                row("HTTP page " + DEEP_PAGE + " (this app)", httpDeep, httpDeep / httpFirst),
                row("SQL page 1, LIMIT/OFFSET baseline", offsetFirst, 1),
                row("SQL page " + DEEP_PAGE + ", LIMIT/OFFSET baseline", offsetDeep, offsetDeep / offsetFirst),
                "");
        System.out.println(report);
        Path out = Path.of("target/benchmark/section-paging.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** The query a section page would run without the listing positions. */
    private int offsetPage(Section section, int page) {
        return jdbc.queryForList("""
                        select a.id, t.title, t.summary, a.release_time, a.pinned
                        from article a join article_translation t on t.article_id = a.id and t.lang = 'en'
                        where a.section_id = ? and a.status = 'PUBLISHED' and a.release_time <= now() and not a.pinned
                        order by a.release_time desc, a.id desc
                        limit 20 offset ?""", section.getId(), (page - 1) * 20).size();
    }

    private static double medianMicros(IntSupplier work) {
        for (int i = 0; i < ROUNDS; i++) {
            work.getAsInt();
        }
        long[] nanos = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            work.getAsInt();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[ROUNDS / 2] / 1000.0;
    }

    private static String row(String label, double micros, double ratio) {
        return String.format("%-45s %10.0f µs   x%.2f of its page 1", label, micros, ratio);
    }
}
