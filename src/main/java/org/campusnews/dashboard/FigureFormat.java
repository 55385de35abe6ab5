package org.campusnews.dashboard;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.campusnews.i18n.Language;

/** Numbers and months as the admin UI's language writes them: "Mar 2026" and 2026年3月, 1,234 and 1,234.5. */
final class FigureFormat {

    private final Language language;
    private final Locale locale;
    private final DateTimeFormatter month;
    private final DateTimeFormatter shortMonth;
    private final DateTimeFormatter year;

    FigureFormat(Language language) {
        this.language = language;
        this.locale = language.locale();
        boolean chinese = language == Language.ZH;
        this.month = DateTimeFormatter.ofPattern(chinese ? "yyyy年M月" : "MMM yyyy", locale);
        this.shortMonth = DateTimeFormatter.ofPattern(chinese ? "M月" : "MMM", locale);
        this.year = DateTimeFormatter.ofPattern(chinese ? "yyyy年" : "yyyy", locale);
    }

    Language language() {
        return language;
    }

    Locale locale() {
        return locale;
    }

    String count(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    String oneDecimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    String month(YearMonth value) {
        return month.format(value);
    }

    String shortMonth(YearMonth value) {
        return shortMonth.format(value);
    }

    String year(YearMonth value) {
        return year.format(value);
    }
}
