package org.campusnews.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class GcLogTests {

    @Test
    void peakIsTheLargestHeapBeforeACollection() {
        GcLog log = GcLog.parse(List.of(
                "[0.005s][info][gc] Using G1",
                "[1.234s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->4M(256M) 3.456ms",
                "[5.001s][info][gc] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 310M->120M(512M) 8.120ms",
                "[5.002s][info][gc] GC(2) Concurrent Mark Cycle",
                "[5.100s][info][gc] GC(2) Pause Remark 150M->150M(512M) 1.020ms",
                "[5.200s][info][gc] GC(2) Concurrent Mark Cycle 198.001ms",
                "[9.000s][info][gc] GC(3) Pause Young (Normal) (G1 Evacuation Pause) 204800K->30M(512M) 2.000ms"));

        assertThat(log.peakHeapBytes()).isEqualTo(310L << 20);
        assertThat(log.pauses()).isEqualTo(4);
        assertThat(log.fullPauses()).isZero();
    }

    @Test
    void countsFullCollections() {
        GcLog log = GcLog.parse(List.of(
                "[20.000s][info][gc] GC(40) Pause Full (G1 Compaction Pause) 1G->400M(1G) 950.321ms",
                "[21.000s][info][gc] GC(41) Pause Young (Normal) (G1 Evacuation Pause) 800M->420M(1024M) 12.000ms",
                "[22.000s][info][gc] GC(42) Pause Full (System.gc()) 500M->390M(1024M) 600.000ms"));

        assertThat(log.peakHeapBytes()).isEqualTo(1L << 30);
        assertThat(log.pauses()).isEqualTo(3);
        assertThat(log.fullPauses()).isEqualTo(2);
    }
}
