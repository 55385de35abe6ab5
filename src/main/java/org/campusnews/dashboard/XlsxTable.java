package org.campusnews.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table as an Excel workbook of one sheet: the header row in bold, text as text cells and figures as number
 * cells. No cell is ever a formula, so a title starting with = stays a title.
 */
final class XlsxTable {

    private XlsxTable() {
    }

    static byte[] write(String title, StatTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(title));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < table.columns().size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(table.columns().get(i).label());
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, (table.columns().get(i).numeric() ? 14 : 36) * 256);
            }
            int next = 1;
            for (List<StatTable.Cell> cells : table.rows()) {
                row(sheet.createRow(next++), cells, null);
            }
            if (table.hasFooter()) {
                row(sheet.createRow(next), table.footer(), bold);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Row row, List<StatTable.Cell> cells, CellStyle style) {
        for (int i = 0; i < cells.size(); i++) {
            StatTable.Cell value = cells.get(i);
            Cell cell = row.createCell(i);
            if (value.isNumber()) {
                cell.setCellValue(value.number().doubleValue());
            } else {
                cell.setCellValue(value.text());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
