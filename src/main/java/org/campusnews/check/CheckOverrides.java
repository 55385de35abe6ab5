package org.campusnews.check;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The warnings reviewers accepted, per article and finding key ({@code check_override}). */
@Component
class CheckOverrides {

    private final JdbcTemplate jdbc;

    record Stored(String reason, String by, Instant at) {
    }

    CheckOverrides(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Stored> of(long articleId) {
        Map<String, Stored> found = new LinkedHashMap<>();
        jdbc.query("select finding_key, reason, overridden_by, overridden_at from check_override where article_id = ?",
                row -> {
                    found.put(row.getString(1), new Stored(row.getString(2), row.getString(3),
                            row.getTimestamp(4).toInstant()));
                }, articleId);
        return found;
    }

    void save(long articleId, String key, Stored override) {
        jdbc.update("""
                insert into check_override (article_id, finding_key, reason, overridden_by, overridden_at)
                values (?, ?, ?, ?, ?)
                on conflict (article_id, finding_key) do update
                   set reason = excluded.reason, overridden_by = excluded.overridden_by,
                       overridden_at = excluded.overridden_at""",
                articleId, key, override.reason(), override.by(), Timestamp.from(override.at()));
    }

    void remove(long articleId, Collection<String> keys) {
        for (String key : keys) {
            jdbc.update("delete from check_override where article_id = ? and finding_key = ?", articleId, key);
        }
    }
}
