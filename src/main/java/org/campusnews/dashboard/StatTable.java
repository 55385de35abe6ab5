package org.campusnews.dashboard;

import java.util.List;

/**
 * One table of figures, as the page shows it and as it is exported: the same cells for HTML, CSV and XLSX. A cell
 * is text or a number; a number has its value (for the files) and its text in the reader's language (for the
 * page).
 */
public record StatTable(List<Column> columns, List<List<Cell>> rows, List<Cell> footer) {

    public record Column(String label, boolean numeric) {
    }

    /**
     * @param number the value of a figure, null for text
     * @param link   a staff page about the row (the article's editor), or null
     * @param lang   the language of the text when it may be the other one (a title), or null
     */
    public record Cell(String text, Number number, String link, String lang) {

        static Cell text(String text) {
            return new Cell(text == null ? "" : text, null, null, null);
        }

        static Cell number(long value, FigureFormat format) {
            return new Cell(format.count(value), value, null, null);
        }

        /** A figure shown with one decimal, and exported rounded to one. */
        static Cell decimal(double value, FigureFormat format) {
            return new Cell(format.oneDecimal(value), Math.round(value * 10) / 10.0, null, null);
        }

        static Cell title(String text, String lang, String link) {
            return new Cell(text == null ? "" : text, null, link, lang);
        }

        public boolean isNumber() {
            return number != null;
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public boolean hasFooter() {
        return footer != null && !footer.isEmpty();
    }
}
