package org.campusnews.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The rounds measured on one page, against the application, with the statements it ran, and against the copy; and the
 * statements of a sample of requests sent one at a time, which gives exact figures per request.
 */
final class PageMeasurement {

    private final Page page;
    private final int bytes;
    private final List<WrkResult> app = new ArrayList<>();
    private final List<WrkResult> staticCopy = new ArrayList<>();
    private StatementCounts statementsUnderLoad = StatementCounts.none();
    private StatementCounts sampledStatements = StatementCounts.none();
    private int sampledRequests;

    PageMeasurement(Page page, int bytes) {
        this.page = page;
        this.bytes = bytes;
    }

    void addAppRound(WrkResult result, StatementCounts statementsRun) {
        app.add(result);
        statementsUnderLoad = statementsUnderLoad.plus(statementsRun);
    }

    void setSample(int requests, StatementCounts statementsRun) {
        sampledRequests = requests;
        sampledStatements = statementsRun;
    }

    void addStaticRound(WrkResult result) {
        staticCopy.add(result);
    }

    Page page() {
        return page;
    }

    int bytes() {
        return bytes;
    }

    double appRequestsPerSecond() {
        return median(app, WrkResult::requestsPerSecond);
    }

    double appRequestsPerSecondMin() {
        return app.stream().mapToDouble(WrkResult::requestsPerSecond).min().orElse(Double.NaN);
    }

    double appP50Millis() {
        return median(app, WrkResult::p50Millis);
    }

    double appP99Millis() {
        return median(app, WrkResult::p99Millis);
    }

    double staticRequestsPerSecond() {
        return median(staticCopy, WrkResult::requestsPerSecond);
    }

    double staticP50Millis() {
        return median(staticCopy, WrkResult::p50Millis);
    }

    double staticP99Millis() {
        return median(staticCopy, WrkResult::p99Millis);
    }

    double ratioToStatic() {
        return appRequestsPerSecond() / staticRequestsPerSecond();
    }

    /** Requests the application completed in the measured rounds, as wrk counted them. */
    long appRequests() {
        return app.stream().mapToLong(WrkResult::requests).sum();
    }

    /**
     * Queries and data changes per request under load: statements run in the rounds, per request completed. Requests
     * still in flight at a round's end ran statements but are not completed, so this is a little high.
     */
    double queriesPerRequestUnderLoad() {
        return (double) statementsUnderLoad.queries() / appRequests();
    }

    /** Queries and data changes per request, exactly: in the sample of requests sent one at a time. */
    double queriesPerRequest() {
        return (double) sampledStatements.queries() / sampledRequests;
    }

    double transactionsPerRequest() {
        return (double) sampledStatements.transactions() / sampledRequests;
    }

    /** The statements of the sample, most run first. */
    List<Map.Entry<String, StatementCounts.Usage>> sampledStatements(int limit) {
        return sampledStatements.mostRun(limit);
    }

    int sampledRequests() {
        return sampledRequests;
    }

    long socketErrors() {
        return app.stream().mapToLong(WrkResult::socketErrors).sum()
                + staticCopy.stream().mapToLong(WrkResult::socketErrors).sum();
    }

    long appSocketErrors() {
        return app.stream().mapToLong(WrkResult::socketErrors).sum();
    }

    private static double median(List<WrkResult> rounds, ToDoubleFunction<WrkResult> figure) {
        double[] values = rounds.stream().mapToDouble(figure).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
