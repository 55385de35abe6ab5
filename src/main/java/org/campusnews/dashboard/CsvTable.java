package org.campusnews.dashboard;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A table as CSV (RFC 4180, lines ending in CRLF), in UTF-8 with a byte order mark so that Excel reads Chinese
 * correctly. Text that a spreadsheet would take for a formula (starting with =, +, -, @, a tab or a carriage
 * return) gets a single quote in front; figures are written as plain numbers.
 */
final class CsvTable {

    private static final String BOM = "\uFEFF";

    private CsvTable() {
    }

    static byte[] write(StatTable table) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, table.columns().stream().map(StatTable.Column::label).map(CsvTable::text).toList());
        for (List<StatTable.Cell> row : table.rows()) {
            line(csv, cells(row));
        }
        if (table.hasFooter()) {
            line(csv, cells(table.footer()));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> cells(List<StatTable.Cell> row) {
        List<String> cells = new ArrayList<>();
        for (StatTable.Cell cell : row) {
            cells.add(cell.isNumber() ? number(cell.number()) : text(cell.text()));
        }
        return cells;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(String.join(",", cells)).append("\r\n");
    }

    private static String number(Number number) {
        return number instanceof Double value ? BigDecimal.valueOf(value).toPlainString() : number.toString();
    }

    /** Escaped against formulas, then quoted when it holds a comma, a quote or a line break. */
    static String text(String text) {
        String value = text == null ? "" : text;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            value = "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
