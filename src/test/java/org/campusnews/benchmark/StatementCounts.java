package org.campusnews.benchmark;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.regex.Pattern;

/**
 * How often the application ran each statement and how long the statements took in the database, by statement text
 * as {@code pg_stat_statements} normalises it (constants replaced by {@code $1} …). Queries and data changes
 * ({@code select}, {@code update} …) are told apart from transaction control and session settings ({@code begin},
 * {@code commit}, {@code set} …). Transactions are counted by their {@code BEGIN}: {@code pg_stat_statements} misses
 * most of the {@code COMMIT}s that the JDBC driver sends (it records the first on a connection only).
 */
record StatementCounts(Map<String, Usage> byStatement) {

    private static final Pattern TRANSACTION_CONTROL = Pattern.compile(
            "^\\s*(begin|commit|rollback|start|end|set|reset|show|savepoint|release)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRANSACTION_START = Pattern.compile("^\\s*(begin|start transaction)\\b",
            Pattern.CASE_INSENSITIVE);

    static StatementCounts none() {
        return new StatementCounts(Map.of());
    }

    StatementCounts minus(StatementCounts earlier) {
        StatementCounts difference = combine(earlier, Usage::minus);
        Map<String, Usage> ran = new HashMap<>(difference.byStatement);
        ran.values().removeIf(usage -> usage.calls() == 0);
        return new StatementCounts(Map.copyOf(ran));
    }

    StatementCounts plus(StatementCounts other) {
        return combine(other, Usage::plus);
    }

    long queries() {
        return byStatement.entrySet().stream().filter(entry -> !TRANSACTION_CONTROL.matcher(entry.getKey()).find())
                .mapToLong(entry -> entry.getValue().calls()).sum();
    }

    long transactions() {
        return byStatement.entrySet().stream().filter(entry -> TRANSACTION_START.matcher(entry.getKey()).find())
                .mapToLong(entry -> entry.getValue().calls()).sum();
    }

    /** The statements run most often, most first (of those run as often, the longest first). */
    List<Map.Entry<String, Usage>> mostRun(int limit) {
        return byStatement.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Usage> entry) -> entry.getValue().calls())
                        .thenComparing(entry -> entry.getValue().millis()).reversed())
                .limit(limit)
                .toList();
    }

    private StatementCounts combine(StatementCounts other, BinaryOperator<Usage> operation) {
        Map<String, Usage> combined = new HashMap<>(byStatement);
        other.byStatement.forEach((statement, usage) ->
                combined.put(statement, operation.apply(combined.getOrDefault(statement, Usage.NONE), usage)));
        return new StatementCounts(Map.copyOf(combined));
    }

    /** How often a statement ran, and for how long in all. */
    record Usage(long calls, double millis) {

        static final Usage NONE = new Usage(0, 0);

        Usage plus(Usage other) {
            return new Usage(calls + other.calls, millis + other.millis);
        }

        Usage minus(Usage other) {
            return new Usage(calls - other.calls, millis - other.millis);
        }
    }
}
