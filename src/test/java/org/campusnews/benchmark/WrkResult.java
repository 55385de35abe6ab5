package org.campusnews.benchmark;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one wrk round measured, read from its output.
 *
 * @param requests requests completed in the round (not those still in flight at its end)
 * @param requestsPerSecond completed requests per second
 * @param p50Millis median latency
 * @param p99Millis 99th percentile latency
 * @param socketErrors connect, read and write errors and timeouts
 * @param unexpectedStatus responses other than 2xx or 3xx
 */
record WrkResult(long requests, double requestsPerSecond, double p50Millis, double p99Millis, long socketErrors,
        long unexpectedStatus) {

    private static final Pattern REQUESTS = Pattern.compile("^\\s*(\\d+) requests in ", Pattern.MULTILINE);
    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("^Requests/sec:\\s+([\\d.]+)", Pattern.MULTILINE);
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final Pattern UNEXPECTED_STATUS = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

    static WrkResult parse(String output) {
        long socketErrors = 0;
        Matcher errors = SOCKET_ERRORS.matcher(output);
        if (errors.find()) {
            for (int group = 1; group <= 4; group++) {
                socketErrors += Long.parseLong(errors.group(group));
            }
        }
        Matcher unexpected = UNEXPECTED_STATUS.matcher(output);
        return new WrkResult(
                Long.parseLong(find(REQUESTS, output)),
                Double.parseDouble(find(REQUESTS_PER_SECOND, output)),
                percentileMillis(output, "50%"),
                percentileMillis(output, "99%"),
                socketErrors,
                unexpected.find() ? Long.parseLong(unexpected.group(1)) : 0);
    }

    /** A line of the latency distribution, such as {@code 99%  12.50ms}; wrk prints us, ms, s or m. */
    private static double percentileMillis(String output, String percentile) {
        Matcher line = Pattern.compile("^\\s*" + Pattern.quote(percentile) + "\\s+([\\d.]+)(us|ms|s|m)\\s*$",
                Pattern.MULTILINE).matcher(output);
        if (!line.find()) {
            throw new IllegalArgumentException("No " + percentile + " latency in wrk's output:\n" + output);
        }
        double value = Double.parseDouble(line.group(1));
        return switch (line.group(2)) {
            case "us" -> value / 1000;
            case "ms" -> value;
            case "s" -> value * 1000;
            default -> value * 60_000;
        };
    }

    private static String find(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalArgumentException("No match for " + pattern + " in wrk's output:\n" + output);
        }
        return matcher.group(1);
    }
}
