package org.campusnews.common;

/**
 * An event that every instance of the application must hear of, because each keeps something in memory that it
 * changes (kept pages, the sections). Such events are records of plain values; they are relayed to the other
 * instances through the database when the transaction that published them commits.
 */
public interface SharedChange {
}
