package org.campusnews.audit.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.campusnews.audit.AuditAction;
import org.campusnews.audit.AuditEvent;
import org.campusnews.audit.AuditEventRepository;
import org.campusnews.web.Pager;
import org.campusnews.web.StaffTime;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The audit log, newest first, for administrators (the URL rules in SecurityConfig let nobody else in). Dates are
 * days in the site's time zone; the "to" day is included.
 */
@Controller
class AuditLogController {

    static final int PAGE_SIZE = 50;

    private final AuditEventRepository events;
    private final StaffTime time;
    private final MessageSource messages;

    AuditLogController(AuditEventRepository events, StaffTime time, MessageSource messages) {
        this.events = events;
        this.time = time;
        this.messages = messages;
    }

    @GetMapping("/admin/audit")
    String list(@Valid @ModelAttribute("auditFilter") AuditFilter filter, BindingResult result, Model model,
            Locale locale, HttpServletResponse response) {
        model.addAttribute("actions", AuditAction.values());
        ZoneId zone = time.zone();
        model.addAttribute("zone", zone.getId());
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("entries", List.of());
            return "admin/audit/list";
        }
        Instant from = filter.getFrom() == null ? null : filter.getFrom().atStartOfDay(zone).toInstant();
        Instant until = filter.getTo() == null ? null : filter.getTo().plusDays(1).atStartOfDay(zone).toInstant();
        Page<AuditEvent> found = events.search(filter.getAction(), filter.actorOrNull(), from, until,
                PageRequest.of(filter.getPage() - 1, PAGE_SIZE));
        model.addAttribute("entries", found.getContent().stream().map(event -> AuditEntry.of(event, time, messages, locale)).toList());
        model.addAttribute("total", found.getTotalElements());
        model.addAttribute("pager", Pager.of(filter.getPage(), Math.max(1, found.getTotalPages()), filter.pageLink()));
        return "admin/audit/list";
    }
}
