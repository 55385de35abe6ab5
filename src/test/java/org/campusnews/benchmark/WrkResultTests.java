package org.campusnews.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WrkResultTests {

    @Test
    void readsThroughputAndLatencyPercentiles() {
        WrkResult result = WrkResult.parse("""
                Running 10s test @ http://127.0.0.1:8080/en/articles/9990
                  2 threads and 32 connections
                  Thread Stats   Avg      Stdev     Max   +/- Stdev
                    Latency     3.68ms    1.69ms  10.42ms   70.92%
                    Req/Sec     4.36k   176.75     5.26k    95.24%
                  Latency Distribution
                     50%  850.00us
                     75%    4.61ms
                     90%    5.75ms
                     99%    1.20s
                  87122 requests in 10.10s, 1.37GB read
                Requests/sec:   8625.94
                Transfer/sec:    139.25MB
                """);

        assertThat(result.requests()).isEqualTo(87_122);
        assertThat(result.requestsPerSecond()).isEqualTo(8625.94);
        assertThat(result.p50Millis()).isCloseTo(0.85, within(1e-9));
        assertThat(result.p99Millis()).isCloseTo(1200, within(1e-9));
        assertThat(result.socketErrors()).isZero();
        assertThat(result.unexpectedStatus()).isZero();
    }

    @Test
    void readsErrorsAndUnexpectedStatuses() {
        WrkResult result = WrkResult.parse("""
                Running 10s test @ http://127.0.0.1:8080/en/
                  2 threads and 32 connections
                  Latency Distribution
                     50%   12.00ms
                     75%   14.61ms
                     90%   25.75ms
                     99%    2.00m
                  1500 requests in 10.00s, 12.50MB read
                  Socket errors: connect 1, read 2, write 3, timeout 4
                  Non-2xx or 3xx responses: 17
                Requests/sec:    150.00
                Transfer/sec:      1.25MB
                """);

        assertThat(result.p50Millis()).isEqualTo(12.0);
        assertThat(result.p99Millis()).isEqualTo(120_000.0);
        assertThat(result.socketErrors()).isEqualTo(10);
        assertThat(result.unexpectedStatus()).isEqualTo(17);
    }

    @Test
    void refusesOutputWithoutTheLatencyDistribution() {
        assertThatIllegalArgumentException().isThrownBy(() -> WrkResult.parse("""
                  1122 requests in 1.10s, 1.37MB read
                Requests/sec:   1019.80
                """));
    }
}
