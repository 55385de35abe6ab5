package org.campusnews.check;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.campusnews.article.CheckSeverity;
import org.campusnews.audit.AuditAction;
import org.campusnews.audit.AuditLog;
import org.campusnews.i18n.StoredMessage;
import org.campusnews.user.Staff;
import org.campusnews.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The news office's list of sensitive words, kept by editors and administrators: one at a time, or imported and
 * exported as a plain-text file ({@link WordListFile}). Every change tells the matchers of every instance
 * ({@link SensitiveWordsChanged}) and is recorded in the audit log.
 */
@Service
public class SensitiveWordList {

    public static final int PAGE_SIZE = 50;
    /** The largest file imported. */
    public static final long MAX_IMPORT_BYTES = 10L * 1024 * 1024;
    /** The most lines a file imported may hold. */
    public static final int MAX_IMPORT_LINES = WordListFile.MAX_LINES;
    private static final int BATCH = 5_000;

    private final SensitiveWordRepository words;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final AuditLog auditLog;
    private final Clock clock;

    /** A word that cannot be stored, and why. */
    public static class WordRejectedException extends RuntimeException {

        private final WordProblem problem;

        WordRejectedException(WordProblem problem) {
            super(problem.name());
            this.problem = problem;
        }

        public String messageKey() {
            return "checks.words.problem." + problem.name();
        }
    }

    /** Why a file was not imported at all: {@code checks.import.refused.<NAME>}. */
    public enum Refusal {
        EMPTY, TOO_LARGE, TOO_MANY_LINES, UNREADABLE
    }

    /** One page of the list (from 1) and the counts of each severity. */
    public record WordPage(Page<SensitiveWord> words, long blocking, long warning) {
    }

    /**
     * What an import did.
     *
     * @param refusal why the whole file was refused; null when it was read
     */
    public record ImportReport(Refusal refusal, int lines, int added, int updated, int unchanged, int blank,
            int comments, int skipped, List<WordListFile.Skipped> listed, Map<WordListFile.Problem, Integer> problems,
            long millis) {

        static ImportReport refused(Refusal refusal) {
            return new ImportReport(refusal, 0, 0, 0, 0, 0, 0, 0, List.of(), Map.of(), 0);
        }

        public boolean isRefused() {
            return refusal != null;
        }

        /** Whether more lines were skipped than are listed. */
        public boolean isListCut() {
            return listed.size() < skipped;
        }
    }

    SensitiveWordList(SensitiveWordRepository words, JdbcTemplate jdbc, ApplicationEventPublisher events,
            AuditLog auditLog, Clock clock) {
        this.words = words;
        this.jdbc = jdbc;
        this.events = events;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A page of the words, by the word, of those containing {@code query} (folded as texts are). */
    @Transactional(readOnly = true)
    public WordPage page(String query, int page, Staff staff) {
        requireNewsOffice(staff);
        PageRequest request = PageRequest.of(Math.max(0, page - 1), PAGE_SIZE, Sort.by("word", "id"));
        String folded = query == null ? "" : FoldedText.fold(query.strip());
        Page<SensitiveWord> found = folded.isEmpty() ? words.findAll(request) : words.findByFoldedContaining(folded, request);
        return new WordPage(found, words.countBySeverity(CheckSeverity.BLOCK), words.countBySeverity(CheckSeverity.WARN));
    }

    @Transactional(readOnly = true)
    public SensitiveWord get(long id, Staff staff) {
        requireNewsOffice(staff);
        return words.findById(id).orElseThrow(() -> new NotFoundException("No sensitive word " + id));
    }

    /** Adds a word, or changes {@code id}'s; throws {@link WordRejectedException} for a word that breaks the rules. */
    @Transactional
    public SensitiveWord save(Long id, String text, CheckSeverity severity, Staff staff) {
        requireNewsOffice(staff);
        String word = text == null ? "" : text.strip();
        Optional<WordProblem> problem = WordRules.problem(word);
        if (problem.isPresent()) {
            throw new WordRejectedException(problem.get());
        }
        Optional<SensitiveWord> same = words.findByFolded(FoldedText.fold(word));
        if (same.isPresent() && !same.get().getId().equals(id)) {
            throw new WordRejectedException(WordProblem.TAKEN);
        }
        SensitiveWord saved;
        if (id == null) {
            saved = new SensitiveWord(word, severity, staff.getUsername(), clock.instant());
        } else {
            saved = words.findById(id).orElseThrow(() -> new NotFoundException("No sensitive word " + id));
            saved.change(word, severity, staff.getUsername(), clock.instant());
        }
        try {
            saved = words.saveAndFlush(saved);
        } catch (DataIntegrityViolationException raced) {
            throw new WordRejectedException(WordProblem.TAKEN);
        }
        auditLog.record(AuditAction.SENSITIVE_WORD_SAVED, "SENSITIVE_WORD", saved.getId(),
                StoredMessage.of("audit.detail.wordSaved", word, severity.name()));
        events.publishEvent(new SensitiveWordsChanged(1));
        return saved;
    }

    @Transactional
    public void delete(long id, Staff staff) {
        requireNewsOffice(staff);
        SensitiveWord word = words.findById(id).orElseThrow(() -> new NotFoundException("No sensitive word " + id));
        words.delete(word);
        auditLog.record(AuditAction.SENSITIVE_WORD_DELETED, "SENSITIVE_WORD", id,
                StoredMessage.of("audit.detail.wordDeleted", word.getWord()));
        events.publishEvent(new SensitiveWordsChanged(1));
    }

    /**
     * Adds the words of a file to the list; a word already on it takes the file's severity. Lines that cannot be
     * read are skipped and reported; a file too large, of too many lines or empty is refused whole.
     */
    @Transactional
    public ImportReport importFile(long size, InputStreamSource upload, Staff staff) {
        requireNewsOffice(staff);
        long started = System.nanoTime();
        if (upload == null || size <= 0) {
            return ImportReport.refused(Refusal.EMPTY);
        }
        if (size > MAX_IMPORT_BYTES) {
            return ImportReport.refused(Refusal.TOO_LARGE);
        }
        byte[] file;
        try (InputStream in = upload.getInputStream()) {
            file = in.readNBytes((int) MAX_IMPORT_BYTES + 1);
        } catch (IOException unreadable) {
            return ImportReport.refused(Refusal.UNREADABLE);
        }
        if (file.length > MAX_IMPORT_BYTES) {
            return ImportReport.refused(Refusal.TOO_LARGE);
        }
        WordListFile.Parsed parsed;
        try {
            parsed = WordListFile.read(file);
        } catch (IllegalArgumentException tooManyLines) {
            return ImportReport.refused(Refusal.TOO_MANY_LINES);
        }
        Map<String, CheckSeverity> existing = new HashMap<>();
        jdbc.query("select folded, severity from sensitive_word",
                row -> {
                    existing.put(row.getString(1), CheckSeverity.valueOf(row.getString(2)));
                });
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        List<WordListFile.Entry> changed = new java.util.ArrayList<>();
        for (WordListFile.Entry entry : parsed.entries()) {
            CheckSeverity before = existing.get(entry.folded());
            if (before == null) {
                added++;
                changed.add(entry);
            } else if (before != entry.severity()) {
                updated++;
                changed.add(entry);
            } else {
                unchanged++;
            }
        }
        Instant now = clock.instant();
        for (int from = 0; from < changed.size(); from += BATCH) {
            upsert(changed.subList(from, Math.min(changed.size(), from + BATCH)), staff.getUsername(), now);
        }
        if (!changed.isEmpty()) {
            events.publishEvent(new SensitiveWordsChanged(changed.size()));
        }
        auditLog.record(AuditAction.SENSITIVE_WORDS_IMPORTED, "SENSITIVE_WORD", null,
                StoredMessage.of("audit.detail.wordsImported", added, updated, parsed.skipped()));
        return new ImportReport(null, parsed.lines(), added, updated, unchanged, parsed.blank(), parsed.comments(),
                parsed.skipped(), parsed.listed(), parsed.problems(), (System.nanoTime() - started) / 1_000_000);
    }

    /** The whole list as a file ({@link WordListFile}), by the word. */
    @Transactional(readOnly = true)
    public byte[] export(Staff staff) {
        requireNewsOffice(staff);
        return WordListFile.write(words.findAll(Sort.by("word", "id")));
    }

    /** New words and new severities, in one statement per batch; a word another import added meanwhile is updated. */
    private void upsert(List<WordListFile.Entry> entries, String by, Instant at) {
        String[] wordsOf = entries.stream().map(WordListFile.Entry::word).toArray(String[]::new);
        String[] folded = entries.stream().map(WordListFile.Entry::folded).toArray(String[]::new);
        String[] severities = entries.stream().map(entry -> entry.severity().name()).toArray(String[]::new);
        jdbc.execute((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    insert into sensitive_word (word, folded, severity, updated_by, updated_at)
                    select w, f, s, ?, ? from unnest(?::varchar[], ?::varchar[], ?::varchar[]) as u(w, f, s)
                    on conflict (folded) do update
                       set word = excluded.word, severity = excluded.severity, updated_by = excluded.updated_by,
                           updated_at = excluded.updated_at""")) {
                Array wordArray = connection.createArrayOf("varchar", wordsOf);
                Array foldedArray = connection.createArrayOf("varchar", folded);
                Array severityArray = connection.createArrayOf("varchar", severities);
                statement.setString(1, by);
                statement.setTimestamp(2, Timestamp.from(at));
                statement.setArray(3, wordArray);
                statement.setArray(4, foldedArray);
                statement.setArray(5, severityArray);
                statement.executeUpdate();
            }
            return null;
        });
    }

    private static void requireNewsOffice(Staff staff) {
        if (!staff.canPublish()) {
            throw new AccessDeniedException(staff.getUsername() + " may not keep the list of sensitive words");
        }
    }
}
