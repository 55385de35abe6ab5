package org.campusnews.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.campusnews.config.CampusNewsProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * How staff pages show a moment: as the date and time in the site's zone, ready for a template. Controllers hand
 * templates these strings, so no template computes a zone.
 */
@Component
public class StaffTime {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ZoneId zone;

    @Autowired
    StaffTime(CampusNewsProperties properties) {
        this(properties.timeZone());
    }

    public StaffTime(ZoneId zone) {
        this.zone = zone;
    }

    /** The site's zone, for a page that says in which zone its times are. */
    public ZoneId zone() {
        return zone;
    }

    /** {@code 2026-03-01 09:30}, or the empty string for no moment. */
    public String toMinute(Instant moment) {
        return moment == null ? "" : MINUTE.format(moment.atZone(zone));
    }

    /** {@code 2026-03-01 09:30:15}, or the empty string for no moment. */
    public String toSecond(Instant moment) {
        return moment == null ? "" : SECOND.format(moment.atZone(zone));
    }
}
