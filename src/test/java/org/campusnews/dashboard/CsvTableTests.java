package org.campusnews.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.campusnews.i18n.Language;
import org.junit.jupiter.api.Test;

class CsvTableTests {

    private final FigureFormat format = new FigureFormat(Language.EN);

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaGetsAQuoteInFront() {
        assertThat(CsvTable.text("=1+2")).isEqualTo("'=1+2");
        assertThat(CsvTable.text("+49 30 123")).isEqualTo("'+49 30 123");
        assertThat(CsvTable.text("-2")).isEqualTo("'-2");
        assertThat(CsvTable.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvTable.text("\tTabbed")).isEqualTo("'\tTabbed");
        assertThat(CsvTable.text("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(CsvTable.text("Plain = fine")).isEqualTo("Plain = fine");
        assertThat(CsvTable.text("")).isEmpty();
    }

    @Test
    void textWithCommasQuotesOrLineBreaksIsQuoted() {
        assertThat(CsvTable.text("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvTable.text("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvTable.text("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvTable.text("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    }

    @Test
    void figuresAreWrittenAsPlainNumbersAfterAByteOrderMark() {
        StatTable table = new StatTable(
                List.of(new StatTable.Column("名称", false), new StatTable.Column("Views", true), new StatTable.Column("Hours", true)),
                List.of(List.of(StatTable.Cell.text("-Minus"), StatTable.Cell.number(1234567, format),
                        StatTable.Cell.decimal(12345678.26, format))),
                List.of(StatTable.Cell.text("Total"), StatTable.Cell.number(-5, format), StatTable.Cell.decimal(0.04, format)));

        byte[] csv = CsvTable.write(table);

        assertThat(new String(csv, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF名称,Views,Hours\r\n'-Minus,1234567,12345678.3\r\nTotal,-5,0.0\r\n");
        assertThat(table.rows().get(0).get(1).text()).as("as shown on the page").isEqualTo("1,234,567");
    }
}
