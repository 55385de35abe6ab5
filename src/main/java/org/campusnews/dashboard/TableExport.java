package org.campusnews.dashboard;

/** An exported table: the file's bytes, its type and the name it is saved under (ASCII only). */
public record TableExport(String fileName, String contentType, byte[] content) {
}
