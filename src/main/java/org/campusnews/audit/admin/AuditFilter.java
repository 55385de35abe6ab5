package org.campusnews.audit.admin;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.campusnews.audit.AuditAction;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/** The audit log's filters and page number, as query parameters; every one is optional. */
public class AuditFilter {

    private AuditAction action;

    @Size(max = 100, message = "{staff.validation.maxLength}")
    private String actor;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    @Min(value = 1, message = "{audit.page.invalid}")
    @Max(value = 1_000_000, message = "{audit.page.invalid}")
    private int page = 1;

    @AssertTrue(message = "{audit.range.invalid}")
    public boolean isRangeValid() {
        return from == null || to == null || !to.isBefore(from);
    }

    /** The actor to search for, or null for anyone. */
    String actorOrNull() {
        return actor == null || actor.isBlank() ? null : actor.strip();
    }

    /** The address of another page of the same search, but for the page number, which goes at its end. */
    String pageLink() {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/admin/audit");
        if (action != null) {
            link.queryParam("action", action.name());
        }
        if (actorOrNull() != null) {
            link.queryParam("actor", actorOrNull());
        }
        if (from != null) {
            link.queryParam("from", from);
        }
        if (to != null) {
            link.queryParam("to", to);
        }
        return link.queryParam("page", "").encode().build().toUriString();
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
