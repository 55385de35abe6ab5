package org.campusnews.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the application's GC log ({@code -Xlog:gc}) tells about its heap: lines such as
 * {@code [12.345s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 120M->30M(512M) 3.210ms}.
 *
 * @param peakHeapBytes the largest heap in use before a collection
 * @param pauses collections logged
 * @param fullPauses full collections ({@code Pause Full}), which stop the application for longest
 */
record GcLog(long peakHeapBytes, int pauses, int fullPauses) {

    private static final Pattern PAUSE = Pattern.compile("\\bPause .*?\\b(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    static GcLog read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static GcLog parse(List<String> lines) {
        long peak = 0;
        int pauses = 0;
        int fullPauses = 0;
        for (String line : lines) {
            Matcher pause = PAUSE.matcher(line);
            if (pause.find()) {
                pauses++;
                peak = Math.max(peak, bytes(pause.group(1), pause.group(2)));
                if (line.contains("Pause Full")) {
                    fullPauses++;
                }
            }
        }
        return new GcLog(peak, pauses, fullPauses);
    }

    private static long bytes(String number, String unit) {
        long value = Long.parseLong(number);
        return switch (unit) {
            case "K" -> value << 10;
            case "M" -> value << 20;
            default -> value << 30;
        };
    }
}
