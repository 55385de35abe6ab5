package org.campusnews.archive.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.campusnews.article.ArchiveMonth;
import org.campusnews.i18n.Language;

/** The archive's index as shown: years, newest first, each with its months and their counts. */
record ArchiveIndex(List<Year> years) {

    record Year(int year, long count, List<Month> months) {
    }

    /** A month: its first day (which the page formats), how many articles, and the address of its page. */
    record Month(LocalDate firstDay, long count, String path) {
    }

    static ArchiveIndex of(List<ArchiveMonth> months, Language language) {
        List<Year> years = new ArrayList<>();
        int i = 0;
        while (i < months.size()) {
            int year = months.get(i).month().getYear();
            List<Month> ofYear = new ArrayList<>();
            long count = 0;
            for (; i < months.size() && months.get(i).month().getYear() == year; i++) {
                ArchiveMonth month = months.get(i);
                ofYear.add(new Month(month.month().atDay(1), month.count(),
                        ArchiveAddress.path(language.code(), month.month())));
                count += month.count();
            }
            years.add(new Year(year, count, ofYear));
        }
        return new ArchiveIndex(years);
    }

    public boolean isEmpty() {
        return years.isEmpty();
    }
}
