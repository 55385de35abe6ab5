package org.campusnews.media.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.campusnews.department.DepartmentRepository;
import org.campusnews.media.FileFamily;
import org.campusnews.media.Media;
import org.campusnews.media.MediaInUseException;
import org.campusnews.media.MediaKind;
import org.campusnews.media.MediaRejectedException;
import org.campusnews.media.MediaService;
import org.campusnews.media.MediaViews;
import org.campusnews.media.UploadRequest;
import org.campusnews.security.StaffPrincipal;
import org.campusnews.web.BadRequestException;
import org.campusnews.web.ErrorAnswers;
import org.campusnews.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The media library ({@code /admin/media}) and the uploads of the article editor. The editor's scripts talk JSON:
 * an upload answers with the stored item, or with problem details (RFC 9457) whose {@code detail} says why and a 4xx
 * status. The JSON endpoints produce nothing else: a request that does not accept JSON gets 406 before anything is
 * stored.
 */
@Controller
class MediaAdminController {

    private final MediaService media;
    private final MediaViews views;
    private final DepartmentRepository departments;
    private final MessageSource messages;
    private final ErrorAnswers errors;

    MediaAdminController(MediaService media, MediaViews views, DepartmentRepository departments, MessageSource messages,
            ErrorAnswers errors) {
        this.media = media;
        this.views = views;
        this.departments = departments;
        this.messages = messages;
        this.errors = errors;
    }

    @GetMapping("/admin/media")
    String library(@Valid @ModelAttribute("query") MediaLibraryQuery query, BindingResult binding,
            @AuthenticationPrincipal StaffPrincipal staff, Model model) {
        rejectForged(binding);
        Page<Media> page = media.library(query.getKind(), query.effectiveType(), query.getQ(), query.getPage());
        if (query.getPage() > 1 && query.getPage() > page.getTotalPages()) {
            throw new NotFoundException("No page " + query.getPage());
        }
        model.addAttribute("page", page);
        model.addAttribute("usages", media.usages(page.getContent().stream().map(Media::getId).toList()));
        model.addAttribute("families", FileFamily.of(query.getKind()));
        model.addAttribute("kinds", MediaKind.values());
        model.addAttribute("departments", departments.findAll(Sort.by("sortOrder", "id")).stream()
                .filter(department -> staff.worksFor(department.getId())).toList());
        model.addAttribute("settings", media.settings());
        model.addAttribute("staff", staff);
        return "admin/media/library";
    }

    /** The upload form of the library page, which works without script. */
    @PostMapping("/admin/media")
    String uploadFromLibrary(@Valid @ModelAttribute("upload") MediaUploadForm form, BindingResult binding,
            @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
        MediaKind kind = form.getPurpose() == null ? MediaKind.IMAGE : form.getPurpose();
        try {
            Media stored = store(form, binding, staff);
            redirect.addFlashAttribute("flash", "flash.media.uploaded");
            redirect.addFlashAttribute("highlight", stored.getId());
        } catch (MediaRejectedException rejected) {
            redirect.addFlashAttribute("mediaError", message(rejected));
        }
        return "redirect:/admin/media?kind=" + kind;
    }

    /** An upload from the article editor. */
    @PostMapping(path = "/admin/media/upload", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<?> upload(@Valid @ModelAttribute("upload") MediaUploadForm form, BindingResult binding,
            @AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        try {
            return ResponseEntity.ok(MediaItem.of(store(form, binding, staff), views));
        } catch (MediaRejectedException rejected) {
            return errors.problem(rejected.status(), message(rejected), request);
        }
    }

    private Media store(MediaUploadForm form, BindingResult binding, StaffPrincipal staff) {
        if (binding.hasErrors()) {
            FieldError field = binding.getFieldError();
            String problem = field != null ? messages.getMessage(field, LocaleContextHolder.getLocale())
                    : messages.getMessage(binding.getAllErrors().get(0), LocaleContextHolder.getLocale());
            throw new MediaRejectedException(HttpStatus.BAD_REQUEST, "media.error.form", problem);
        }
        if (form.getFile() == null || form.getFile().isEmpty()) {
            throw new MediaRejectedException(HttpStatus.BAD_REQUEST, "media.error.empty");
        }
        return media.upload(new UploadRequest(form.getPurpose(), form.getFile().getOriginalFilename(),
                form.getFile().getSize(), form.getFile(), form.getDepartmentId(), form.getArticleId(), form.getAltZh(),
                form.getAltEn()), staff);
    }

    /** Library items for the editor's pickers, newest first. */
    @GetMapping(path = "/admin/media/search", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> search(@Valid @ModelAttribute("query") MediaLibraryQuery query, BindingResult binding) {
        rejectForged(binding);
        Page<Media> page = media.library(query.getKind(), query.effectiveType(), query.getQ(), query.getPage());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("items", page.getContent().stream().map(item -> MediaItem.of(item, views)).toList());
        answer.put("page", query.getPage());
        answer.put("totalPages", page.getTotalPages());
        return answer;
    }

    /** The image list of the rich-text editor's image dialog (TinyMCE {@code image_list}): the latest images. */
    @GetMapping(path = "/admin/media/image-list", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Map<String, String>> imageList() {
        return media.library(MediaKind.IMAGE, null, null, 1).getContent().stream()
                .map(item -> Map.of("title", item.getOriginalName(), "value", MediaItem.of(item, views).insertSrc()))
                .toList();
    }

    @PostMapping("/admin/media/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff,
            @ModelAttribute("query") MediaLibraryQuery query, RedirectAttributes redirect) {
        Media item = media.get(id);
        try {
            media.delete(id, staff);
            redirect.addFlashAttribute("flash", "flash.media.deleted");
        } catch (MediaInUseException inUse) {
            redirect.addFlashAttribute("mediaError", messages.getMessage("media.delete.inUse",
                    new Object[] {item.getOriginalName(), inUse.uses()}, LocaleContextHolder.getLocale()));
        }
        return "redirect:/admin/media?kind=" + item.getKind();
    }

    private String message(MediaRejectedException rejected) {
        return messages.getMessage(rejected.messageKey(), rejected.arguments(), LocaleContextHolder.getLocale());
    }

    private static void rejectForged(BindingResult binding) {
        if (binding.hasErrors()) {
            throw new BadRequestException("Invalid media list parameters: " + binding.getAllErrors());
        }
    }
}
