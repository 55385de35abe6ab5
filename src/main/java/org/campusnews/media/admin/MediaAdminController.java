package org.campusnews.media.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.campusnews.i18n.Language;
import org.campusnews.media.LibraryPage;
import org.campusnews.media.Media;
import org.campusnews.media.MediaDeletion;
import org.campusnews.media.MediaItem;
import org.campusnews.media.MediaKind;
import org.campusnews.media.MediaLibrary;
import org.campusnews.media.MediaRejectedException;
import org.campusnews.media.MediaUploads;
import org.campusnews.media.MediaViews;
import org.campusnews.media.UploadRequest;
import org.campusnews.user.Staff;
import org.campusnews.web.BadRequestException;
import org.campusnews.web.ErrorAnswers;
import org.campusnews.web.Pager;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
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

    private final MediaUploads uploads;
    private final MediaLibrary library;
    private final MediaDeletion deletion;
    private final MediaViews views;
    private final MessageSource messages;
    private final ErrorAnswers errors;

    MediaAdminController(MediaUploads uploads, MediaLibrary library, MediaDeletion deletion, MediaViews views,
            MessageSource messages, ErrorAnswers errors) {
        this.uploads = uploads;
        this.library = library;
        this.deletion = deletion;
        this.views = views;
        this.messages = messages;
        this.errors = errors;
    }

    @GetMapping("/admin/media")
    String library(@Valid @ModelAttribute("query") MediaLibraryQuery query, BindingResult binding,
            @AuthenticationPrincipal Staff staff, Locale locale, Model model) {
        rejectForged(binding);
        LibraryPage shown = library.page(query.getKind(), query.effectiveType(), query.getQ(), query.getPage(), staff,
                Language.of(locale));
        model.addAttribute("page", shown.items());
        model.addAttribute("pager", Pager.of(shown.items(), "/admin/media?" + query.filterParameters() + "&page="));
        model.addAttribute("families", shown.families());
        model.addAttribute("uploadOptions", shown.upload());
        model.addAttribute("kinds", MediaKind.values());
        return "admin/media/library";
    }

    /** The upload form of the library page, which works without script. */
    @PostMapping("/admin/media")
    String uploadFromLibrary(@Valid @ModelAttribute("upload") MediaUploadForm form, BindingResult binding,
            @AuthenticationPrincipal Staff staff, RedirectAttributes redirect) {
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
            @AuthenticationPrincipal Staff staff, HttpServletRequest request) {
        try {
            return ResponseEntity.ok(MediaItem.of(store(form, binding, staff), views));
        } catch (MediaRejectedException rejected) {
            return errors.problem(rejected.status(), message(rejected), request);
        }
    }

    private Media store(MediaUploadForm form, BindingResult binding, Staff staff) {
        if (binding.hasErrors()) {
            FieldError field = binding.getFieldError();
            String problem = field != null ? messages.getMessage(field, LocaleContextHolder.getLocale())
                    : messages.getMessage(binding.getAllErrors().get(0), LocaleContextHolder.getLocale());
            throw new MediaRejectedException(HttpStatus.BAD_REQUEST, "media.error.form", problem);
        }
        if (form.getFile() == null || form.getFile().isEmpty()) {
            throw new MediaRejectedException(HttpStatus.BAD_REQUEST, "media.error.empty");
        }
        return uploads.upload(new UploadRequest(form.getPurpose(), form.getFile().getOriginalFilename(),
                form.getFile().getSize(), form.getFile(), form.getDepartmentId(), form.getArticleId(), form.getAltZh(),
                form.getAltEn()), staff);
    }

    /** Library items for the editor's pickers, newest first. */
    @GetMapping(path = "/admin/media/search", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> search(@Valid @ModelAttribute("query") MediaLibraryQuery query, BindingResult binding) {
        rejectForged(binding);
        Page<MediaItem> page = library.search(query.getKind(), query.effectiveType(), query.getQ(), query.getPage());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("items", page.getContent());
        answer.put("page", query.getPage());
        answer.put("totalPages", page.getTotalPages());
        return answer;
    }

    /** The image list of the rich-text editor's image dialog (TinyMCE {@code image_list}): the latest images. */
    @GetMapping(path = "/admin/media/image-list", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Map<String, String>> imageList() {
        return library.latestImages().stream().map(item -> Map.of("title", item.name(), "value", item.insertSrc())).toList();
    }

    @PostMapping("/admin/media/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal Staff staff,
            @ModelAttribute("query") MediaLibraryQuery query, RedirectAttributes redirect) {
        MediaDeletion.Outcome outcome = deletion.delete(id, staff);
        if (outcome instanceof MediaDeletion.StillUsed used) {
            redirect.addFlashAttribute("mediaError", messages.getMessage("media.delete.inUse",
                    new Object[] {used.name(), used.uses()}, LocaleContextHolder.getLocale()));
        } else {
            redirect.addFlashAttribute("flash", "flash.media.deleted");
        }
        return "redirect:/admin/media?kind=" + outcome.kind();
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
