package org.campusnews.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The last answer of each link checked ({@code link_check}), shared by every instance and every article. */
@Component
class LinkResults {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    LinkResults(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** The stored results of these addresses, by address; addresses never checked are missing. */
    Map<String, LinkResult> of(Collection<String> urls) {
        Map<String, LinkResult> found = new HashMap<>();
        if (urls.isEmpty()) {
            return found;
        }
        Map<String, String> byHash = new HashMap<>();
        urls.forEach(url -> byHash.put(hash(url), url));
        named.query("select url_hash, outcome, status_code, checked_at from link_check where url_hash in (:hashes)",
                Map.of("hashes", byHash.keySet()), row -> {
                    found.put(byHash.get(row.getString(1)), new LinkResult(LinkOutcome.valueOf(row.getString(2)),
                            row.getInt(3), row.getTimestamp(4).toInstant()));
                });
        return found;
    }

    void store(String url, LinkResult result) {
        jdbc.update("""
                insert into link_check (url_hash, url, outcome, status_code, checked_at) values (?, ?, ?, ?, ?)
                on conflict (url_hash) do update
                   set outcome = excluded.outcome, status_code = excluded.status_code, checked_at = excluded.checked_at""",
                hash(url), url, result.outcome().name(), result.status(), Timestamp.from(result.checkedAt()));
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
