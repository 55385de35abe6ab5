package org.campusnews.check;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;
import org.campusnews.article.CheckSeverity;
import org.campusnews.common.InstanceMemory;
import org.campusnews.common.SharedChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Finds the words of the news office's list in a folded text, in one pass whatever the number of words (an
 * Aho-Corasick automaton, built once from the list and kept in memory). A change of the list, on this instance once
 * it is committed, on another as soon as this one hears of it ({@link SensitiveWordsChanged}), makes the next search
 * build the automaton again.
 * <p>
 * Words are found inside longer text (Chinese has no spaces between words), except that a word beginning or ending
 * with a letter or digit of an alphabetic script is found only where the text has no such letter or digit next to it:
 * {@code sex} is found in "sex scandal", not in "Sussex".
 */
@Component
class SensitiveWordMatcher implements InstanceMemory {

    private static final Logger log = LoggerFactory.getLogger(SensitiveWordMatcher.class);

    private final JdbcTemplate jdbc;
    /** Raised by every change of the list; an automaton built before the last raise is built again. */
    private final AtomicLong generation = new AtomicLong();
    private volatile Automaton automaton;

    /** A word of the list at [start, end) of the folded text. */
    record Match(int start, int end, String word, CheckSeverity severity) {
    }

    private record Automaton(long generation, PayloadTrie<CheckSeverity> trie, int words) {
    }

    SensitiveWordMatcher(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Match> find(String folded) {
        Automaton current = current();
        if (current.words() == 0 || folded.isEmpty()) {
            return List.of();
        }
        List<Match> found = new ArrayList<>();
        for (PayloadEmit<CheckSeverity> emit : current.trie().parseText(folded)) {
            int start = emit.getStart();
            int end = emit.getEnd() + 1;
            if (standsApart(folded, start, end)) {
                found.add(new Match(start, end, emit.getKeyword(), emit.getPayload()));
            }
        }
        return found;
    }

    /** How many words the automaton in use holds (building it if needed). */
    int size() {
        return current().words();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void listChanged(SensitiveWordsChanged change) {
        forgetAll();
    }

    @Override
    public void changedElsewhere(SharedChange change) {
        if (change instanceof SensitiveWordsChanged) {
            forgetAll();
        }
    }

    @Override
    public void forgetAll() {
        generation.incrementAndGet();
    }

    private Automaton current() {
        Automaton current = automaton;
        if (current != null && current.generation() == generation.get()) {
            return current;
        }
        synchronized (this) {
            current = automaton;
            long wanted = generation.get();
            if (current != null && current.generation() == wanted) {
                return current;
            }
            current = build(wanted);
            automaton = current;
            return current;
        }
    }

    private Automaton build(long wanted) {
        long started = System.nanoTime();
        PayloadTrie.PayloadTrieBuilder<CheckSeverity> builder = PayloadTrie.builder();
        int[] words = {0};
        jdbc.query("select folded, severity from sensitive_word", row -> {
            builder.addKeyword(row.getString(1), CheckSeverity.valueOf(row.getString(2)));
            words[0]++;
        });
        PayloadTrie<CheckSeverity> trie = builder.build();
        log.debug("Sensitive words: {} in the matcher, built in {} ms", words[0], (System.nanoTime() - started) / 1_000_000);
        return new Automaton(wanted, trie, words[0]);
    }

    private static boolean standsApart(String text, int start, int end) {
        return !(isWordCharacter(text.codePointAt(start)) && start > 0 && isWordCharacter(text.codePointBefore(start)))
                && !(isWordCharacter(text.codePointBefore(end)) && end < text.length() && isWordCharacter(text.codePointAt(end)));
    }

    /** A letter or digit of a script that separates its words with spaces. */
    private static boolean isWordCharacter(int codePoint) {
        if (!Character.isLetterOrDigit(codePoint)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
                && script != Character.UnicodeScript.KATAKANA && script != Character.UnicodeScript.HANGUL
                && script != Character.UnicodeScript.THAI;
    }
}
