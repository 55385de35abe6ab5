package org.campusnews.dashboard.admin;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.campusnews.dashboard.Dashboard;
import org.campusnews.dashboard.DashboardService;
import org.campusnews.dashboard.ExportFormat;
import org.campusnews.dashboard.TableExport;
import org.campusnews.user.Staff;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The dashboard, the staff's first page, and the downloads of its tables. Months that are not valid get the
 * dashboard again with the form's message (status 400); a download with such months a 400 page.
 */
@Controller
class DashboardController {

    private final DashboardService dashboards;

    DashboardController(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping({"/admin", "/admin/"})
    String dashboard(@Valid @ModelAttribute("range") DashboardForm form, BindingResult binding,
            @AuthenticationPrincipal Staff staff, Locale locale, Model model, HttpServletResponse response) {
        Dashboard dashboard = dashboards.dashboard(staff, form.asked(binding.hasErrors()), locale);
        if (dashboard.rangeError() != null && !binding.hasErrors()) {
            binding.reject(dashboard.rangeError());
        }
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("dashboard", dashboard);
        return "admin/dashboard";
    }

    @GetMapping("/admin/dashboard/export/{table}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String table, @Valid @ModelAttribute("range") DashboardForm form,
            BindingResult binding, @AuthenticationPrincipal Staff staff, Locale locale) {
        return file(dashboards.export(table, ExportFormat.CSV, form.asked(binding.hasErrors()), staff, locale));
    }

    @GetMapping("/admin/dashboard/export/{table}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String table, @Valid @ModelAttribute("range") DashboardForm form,
            BindingResult binding, @AuthenticationPrincipal Staff staff, Locale locale) {
        return file(dashboards.export(table, ExportFormat.XLSX, form.asked(binding.hasErrors()), staff, locale));
    }

    private static ResponseEntity<byte[]> file(TableExport export) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(export.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(export.fileName()).build().toString())
                .body(export.content());
    }
}
