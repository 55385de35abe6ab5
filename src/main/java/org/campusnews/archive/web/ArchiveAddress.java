package org.campusnews.archive.web;

import java.time.YearMonth;
import java.util.Optional;

import org.campusnews.web.BadRequestException;

/**
 * The month in an archive address, {@code /{lang}/archive/{yyyy}/{mm}}: four digits and two. Anything else is a
 * malformed address (400); digits that name no month (month 00 or 13, year 0000) name nothing (404).
 */
final class ArchiveAddress {

    private ArchiveAddress() {
    }

    /** The month named, empty for digits that name none; throws for a malformed address. */
    static Optional<YearMonth> month(String year, String month) {
        if (!digits(year, 4) || !digits(month, 2)) {
            throw new BadRequestException("An archive month is /yyyy/mm");
        }
        int y = Integer.parseInt(year);
        int m = Integer.parseInt(month);
        return y >= 1 && m >= 1 && m <= 12 ? Optional.of(YearMonth.of(y, m)) : Optional.empty();
    }

    /** The path of the archive's index. */
    static String index(String language) {
        return "/" + language + "/archive";
    }

    /** The path of a month's page. */
    static String path(String language, YearMonth month) {
        return "/%s/archive/%04d/%02d".formatted(language, month.getYear(), month.getMonthValue());
    }

    private static boolean digits(String text, int count) {
        if (text.length() != count) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
