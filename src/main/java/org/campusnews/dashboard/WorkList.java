package org.campusnews.dashboard;

import java.util.List;

/** The first items of one of the dashboard's lists and how many there are in all. */
public record WorkList(List<WorkItem> items, long total) {

    static final WorkList EMPTY = new WorkList(List.of(), 0);

    static WorkList of(List<WorkItem> items, long total) {
        return new WorkList(List.copyOf(items), Math.max(total, items.size()));
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** Whether there are more than the items shown. */
    public boolean hasMore() {
        return total > items.size();
    }
}
