package org.campusnews.article;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

import org.campusnews.i18n.Language;
import org.jsoup.Jsoup;

/**
 * One field that differs between two states of an article, with the old and the new value as HTML in which the
 * changed words are marked with {@code <del>} and {@code <ins>} (everything else escaped).
 */
public record FieldChange(String labelKey, String language, String before, String after) {

    /** Words for alphabetic text, single characters for Chinese, so both show changes at a useful grain. */
    private static final Pattern TOKEN = Pattern.compile("\\p{IsHan}|[^\\s\\p{IsHan}]+|\\s+");

    private static final DiffRowGenerator DIFF = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffBySplitter(FieldChange::tokens)
            .oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>")
            .build();

    static List<FieldChange> between(ArticleSnapshot before, ArticleSnapshot after, ZoneId zone,
            LongFunction<String> sectionName, LongFunction<String> departmentName, LongFunction<String> mediaName) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "article.field.section", null, name(before.sectionId(), sectionName), name(after.sectionId(), sectionName));
        compare(changes, "article.field.department", null, name(before.departmentId(), departmentName),
                name(after.departmentId(), departmentName));
        compare(changes, "article.field.sourceDepartment", null, name(before.sourceDepartmentId(), departmentName),
                name(after.sourceDepartmentId(), departmentName));
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        compare(changes, "article.field.releaseTime", null,
                before.releaseTime() == null ? null : time.format(before.releaseTime()),
                after.releaseTime() == null ? null : time.format(after.releaseTime()));
        compare(changes, "article.field.pinned", null, Boolean.toString(before.pinned()), Boolean.toString(after.pinned()));
        compare(changes, "article.field.status", null, before.status(), after.status());
        if (before.hasMedia() && after.hasMedia()) {
            compare(changes, "article.field.cover", null, name(before.coverId(), mediaName), name(after.coverId(), mediaName));
            compare(changes, "article.field.attachments", null, names(before.attachmentIds(), mediaName),
                    names(after.attachmentIds(), mediaName));
        }
        for (Language language : Language.values()) {
            ArticleSnapshot.Version old = before.version(language);
            ArticleSnapshot.Version now = after.version(language);
            compare(changes, "article.field.title", language.code(), old == null ? null : old.title(), now == null ? null : now.title());
            compare(changes, "article.field.summary", language.code(), old == null ? null : old.summary(),
                    now == null ? null : now.summary());
            compare(changes, "article.field.body", language.code(), old == null ? null : text(old.body()),
                    now == null ? null : text(now.body()));
            compare(changes, "article.field.translator", language.code(),
                    old == null || old.translatorId() == null ? null : name(old.translatorId(), departmentName),
                    now == null || now.translatorId() == null ? null : name(now.translatorId(), departmentName));
            compare(changes, "article.field.source", language.code(), before.source(language), after.source(language));
        }
        return changes;
    }

    private static void compare(List<FieldChange> changes, String labelKey, String language, String before, String after) {
        String old = before == null ? "" : before;
        String now = after == null ? "" : after;
        if (Objects.equals(old, now)) {
            return;
        }
        List<DiffRow> rows = DIFF.generateDiffRows(lines(old), lines(now));
        StringBuilder oldHtml = new StringBuilder();
        StringBuilder newHtml = new StringBuilder();
        for (DiffRow row : rows) {
            append(oldHtml, row.getOldLine());
            append(newHtml, row.getNewLine());
        }
        changes.add(new FieldChange(labelKey, language, oldHtml.toString(), newHtml.toString()));
    }

    private static void append(StringBuilder html, String line) {
        if (!line.isEmpty()) {
            html.append("<p>").append(line).append("</p>");
        }
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    private static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(line);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** The body's text, a paragraph a line, so that changes show as words rather than markup. */
    private static String text(String html) {
        if (html == null) {
            return null;
        }
        var body = Jsoup.parseBodyFragment(html).body();
        List<String> blocks = body.select("p, h1, h2, h3, h4, h5, h6, li, td, th, figcaption").eachText();
        return blocks.isEmpty() ? body.text() : String.join("\n", blocks);
    }

    private static String names(List<Long> ids, LongFunction<String> names) {
        return String.join("\n", ids.stream().map(id -> names.apply(id)).toList());
    }

    private static String name(Long id, LongFunction<String> names) {
        return id == null ? null : names.apply(id);
    }
}
