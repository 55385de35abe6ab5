package org.campusnews.common;

/**
 * Something an instance of the application keeps in memory (kept pages, the sections) that changes committed by the
 * other instances on the same database must reach. They are told in their order: what others are made from (the
 * sections) before what is made from them (kept pages).
 */
public interface InstanceMemory {

    /** Another instance committed this change. */
    void changedElsewhere(SharedChange change);

    /** Changes made elsewhere may have been missed (the connection that hears of them was lost): read all afresh. */
    void forgetAll();
}
