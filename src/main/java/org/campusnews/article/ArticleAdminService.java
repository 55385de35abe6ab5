package org.campusnews.article;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.EnumMap;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.campusnews.audit.AuditAction;
import org.campusnews.audit.AuditLog;
import org.campusnews.department.Department;
import org.campusnews.department.DepartmentRepository;
import org.campusnews.i18n.Language;
import org.campusnews.i18n.StoredMessage;
import org.campusnews.media.Media;
import org.campusnews.media.MediaKind;
import org.campusnews.media.MediaReferences;
import org.campusnews.media.MediaRepository;
import org.campusnews.section.Section;
import org.campusnews.section.SectionRepository;
import org.campusnews.section.SectionService;
import org.campusnews.user.Staff;
import org.campusnews.web.BadRequestException;
import org.campusnews.web.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staff door to articles: the list, the editor, saving with a workflow step, deletion and history. Every change
 * is one transaction and is checked on the server against {@link ArticlePermissions}: authors only touch their
 * departments' drafts, only editors and administrators publish, only administrators restore deleted articles. A
 * refusal for lack of permission is an {@link AccessDeniedException}; a refused step or a conflicting save is an
 * {@link ArticleSaveOutcome}, and leaves nothing stored.
 */
@Service
public class ArticleAdminService {

    private final ArticleRepository articles;
    private final SectionRepository sections;
    private final DepartmentRepository departments;
    private final SectionListing listing;
    private final Revisions revisions;
    private final HtmlSanitizer sanitizer;
    private final AuditLog auditLog;
    private final MediaRepository media;
    private final MediaReferences mediaReferences;
    private final Clock clock;
    private final ArticleAdminList list;
    private final ChangeTable changeTable;
    private final SectionService sectionService;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final ArticleChanges changes;
    private final PublishingGate gate;
    private final ReviewTrail reviews;

    ArticleAdminService(ArticleRepository articles, SectionRepository sections, DepartmentRepository departments,
            SectionListing listing, Revisions revisions, HtmlSanitizer sanitizer, AuditLog auditLog,
            MediaRepository media, MediaReferences mediaReferences, Clock clock, ArticleAdminList list,
            ChangeTable changeTable, SectionService sectionService, PlatformTransactionManager transactions,
            ArticleChanges changes, PublishingGate gate, ReviewTrail reviews) {
        this.articles = articles;
        this.sections = sections;
        this.departments = departments;
        this.listing = listing;
        this.revisions = revisions;
        this.sanitizer = sanitizer;
        this.auditLog = auditLog;
        this.media = media;
        this.mediaReferences = mediaReferences;
        this.clock = clock;
        this.list = list;
        this.changeTable = changeTable;
        this.sectionService = sectionService;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.changes = changes;
        this.gate = gate;
        this.reviews = reviews;
    }

    /** One page (from 1) of the staff list, with each article's section, department and versions loaded. */
    @Transactional(readOnly = true)
    public ArticleListPage list(ArticleFilter filter, int page, Staff staff) {
        return new ArticleListPage(list.page(filter, page, staff), choices(staff));
    }

    /** The editor for a new article. */
    @Transactional(readOnly = true)
    public ArticleEditor newEditor(Staff staff) {
        return editorOf(null, null, staff);
    }

    /**
     * The editor of a stored article, for a person who may see it; with Previous/Next through the staff list in
     * {@code listFilter}'s order when it is given.
     */
    @Transactional(readOnly = true)
    public ArticleEditor editor(long id, ArticleFilter listFilter, Staff staff) {
        Article article = load(id, staff);
        return editorOf(article, listFilter == null ? null : list.stepper(id, listFilter, staff), staff);
    }

    /**
     * Saves the editor's content, runs the pre-publishing checks on it (recording the warnings a reviewer accepts with
     * the save) and takes the workflow step pressed with it, in one transaction: a refused step or a save based on an
     * outdated version stores nothing.
     */
    public ArticleSaveOutcome save(ArticleSaveRequest request, Staff staff) {
        return outcome(request.articleId(), staff, () -> request.articleId() == null
                        ? create(request.draft(), request.step(), request.comment(), request.overrides(), staff)
                        : update(request.articleId(), request.expectedVersion(), request.draft(), request.step(),
                                request.comment(), request.overrides(), staff),
                conflict -> ArticleSnapshot.of(request.draft(), conflict.current().status()));
    }

    /** Puts the content of an earlier revision back, as a new save (so it is itself in the history). */
    public ArticleSaveOutcome restoreRevision(long articleId, long revisionId, long expectedVersion, Staff staff) {
        return outcome(articleId, staff, () -> putBack(articleId, revisionId, expectedVersion, staff),
                conflict -> conflict.current());
    }

    /** What the stored article's staff see when it is previewed in the public template: no neighbours, no view counted. */
    @Transactional(readOnly = true)
    public ArticleReading.Shown preview(long id, Language language, Staff staff) {
        Article article = load(id, staff);
        ArticleTranslation translation = article.translation(language)
                .orElseThrow(() -> new NotFoundException("Article " + id + " has no " + language.code() + " version"));
        return new ArticleReading.Shown(article, translation, article.getBrowseCount(), Neighbours.NONE,
                ViewCount.fixed(article.getBrowseCount()));
    }

    @Transactional(readOnly = true)
    public ArticleHistory history(long id, Staff staff) {
        return new ArticleHistory(load(id, staff), revisions.of(id), reviews.of(id));
    }

    @Transactional(readOnly = true)
    public RevisionComparison comparison(long articleId, long revisionId, Staff staff) {
        Article article = load(articleId, staff);
        ArticleSnapshot revision = revision(articleId, revisionId, staff);
        return new RevisionComparison(article, revisionId, ArticlePermissions.mayEdit(article, staff),
                changeTable.between(revision, ArticleSnapshot.of(article)));
    }

    /** The article with all its versions, for a person who may see it. */
    private Article load(long id, Staff staff) {
        Article article = articles.findWithDetails(id).orElseThrow(() -> new NotFoundException("No article " + id));
        if (article.isDeleted() && !staff.isAdmin()) {
            throw new NotFoundException("Article " + id + " is deleted");
        }
        if (!ArticlePermissions.maySee(article, staff)) {
            throw new AccessDeniedException(staff.getUsername() + " may not see article " + id);
        }
        return article;
    }

    /**
     * Runs a change in its own transaction; a refused step or a conflict rolls it back and is answered with the
     * editor as stored, read afresh.
     */
    private ArticleSaveOutcome outcome(Long articleId, Staff staff, Supplier<Article> change,
            Function<ArticleConflictException, ArticleSnapshot> baseWhenUnknown) {
        try {
            return new ArticleSaveOutcome.Saved(writing.execute(status -> {
                long id = change.get().getId();
                changes.announce(id);
                return id;
            }));
        } catch (WorkflowException refused) {
            ArticleEditor stored = storedEditor(articleId, staff);
            return new ArticleSaveOutcome.Refused(refused.messageKey(),
                    refused.checks() == null ? stored : stored.withChecks(refused.checks()));
        } catch (ArticleConflictException conflict) {
            ArticleSnapshot base = conflict.base() != null ? conflict.base() : baseWhenUnknown.apply(conflict);
            return new ArticleSaveOutcome.Conflict(conflict.changedBy(), conflict.currentVersion(),
                    changeTable.between(base, conflict.current()), storedEditor(articleId, staff));
        }
    }

    private ArticleEditor storedEditor(Long articleId, Staff staff) {
        return reading.execute(status -> editorOf(articleId == null ? null : load(articleId, staff), null, staff));
    }

    private ArticleEditor editorOf(Article article, ArticleEditor.Stepper stepper, Staff staff) {
        if (article == null) {
            ArticleEditor.Choices choices = choices(staff);
            return new ArticleEditor(null, true, false, false, List.copyOf(ArticlePermissions.stepsForNew(staff)), false,
                    choices, null, new ArticleEditor.NewArticle(clock.instant().truncatedTo(ChronoUnit.MINUTES),
                            choices.onlyDepartment()), CheckReport.NONE, staff.getRole().reviews(), ReviewProgress.NONE);
        }
        boolean mayEdit = ArticlePermissions.mayEdit(article, staff);
        return new ArticleEditor(article, mayEdit,
                ArticlePermissions.mayDelete(article, staff),
                article.isDeleted() && ArticlePermissions.mayRestore(staff),
                List.copyOf(ArticlePermissions.steps(article, staff)), article.isScheduledAt(clock.instant()),
                choices(staff), stepper, null, gate.report(article), mayEdit && staff.getRole().reviews(),
                new ReviewProgress(ReviewChain.of(article.getSection()).levels(), article.getReviewLevel(),
                        reviews.of(article.getId())));
    }

    private ArticleEditor.Choices choices(Staff staff) {
        List<Department> all = departments.findAll(Sort.by("sortOrder", "id"));
        return new ArticleEditor.Choices(sectionService.all().list(),
                all.stream().filter(department -> ArticlePermissions.mayWriteFor(department.getId(), staff)).toList(), all);
    }

    private Article create(ArticleDraft draft, Staff staff) {
        Article article = new Article(section(draft.sectionId()), department(draft.departmentId()));
        requireDepartment(article.getDepartment().getId(), staff);
        apply(draft, article);
        article.touch(clock.instant(), staff.getUsername());
        articles.saveAndFlush(article);
        revisions.keep(article, staff.getUsername(), StoredMessage.of("revision.note.created"));
        auditLog.record(AuditAction.ARTICLE_CREATED, "ARTICLE", article.getId(), title(article));
        return article;
    }

    /** A new article, its checks and, when {@code step} is given, its first workflow step. */
    private Article create(ArticleDraft draft, WorkflowAction step, String comment, Map<String, String> overrides,
            Staff staff) {
        Article article = create(draft, staff);
        CheckReport checks = gate.review(article, overrides, staff);
        return step == null ? article : transition(article.getId(), article.getVersion(), step, comment, checks, staff);
    }

    /** New content over the stored article, its checks and, when {@code step} is given, a workflow step. */
    private Article update(long id, long expectedVersion, ArticleDraft draft, WorkflowAction step, String comment,
            Map<String, String> overrides, Staff staff) {
        Article article = update(id, expectedVersion, draft, staff);
        CheckReport checks = gate.review(article, overrides, staff);
        return step == null ? article : transition(id, article.getVersion(), step, comment, checks, staff);
    }

    /**
     * Saves new content over the stored article, provided nobody saved it since {@code expectedVersion}; otherwise
     * throws {@link ArticleConflictException} and changes nothing.
     */
    private Article update(long id, long expectedVersion, ArticleDraft draft, Staff staff) {
        Article article = lockForChange(id, expectedVersion, staff);
        requireEditable(article, staff);
        long previousSection = article.getSection().getId();
        Department department = department(draft.departmentId());
        requireDepartment(department.getId(), staff);
        article.setSection(section(draft.sectionId()));
        article.setDepartment(department);
        apply(draft, article);
        return saved(article, previousSection, staff, StoredMessage.of("revision.note.edited"));
    }

    private Article transition(long id, long expectedVersion, WorkflowAction action, String comment, CheckReport checks,
            Staff staff) {
        Article article = lockForChange(id, expectedVersion, staff);
        if (!ArticlePermissions.mayTake(action, article, staff)) {
            if (action == WorkflowAction.PUBLISH && staff.canPublish()) {
                throw new WorkflowException("workflow.signOffRequired");
            }
            throw new AccessDeniedException(staff.getUsername() + " may not " + action);
        }
        if (!action.startsFrom(article.getStatus())) {
            throw new WorkflowException("workflow.notAllowed");
        }
        if (action == WorkflowAction.PUBLISH && article.getReleaseTime() == null) {
            throw new WorkflowException("workflow.releaseTimeRequired");
        }
        if (action == WorkflowAction.RETURN && (comment == null || comment.isBlank())) {
            throw new WorkflowException("workflow.commentRequired");
        }
        gate.refusal(action, checks).ifPresent(refusal -> {
            throw new WorkflowException(refusal, checks);
        });
        ReviewChain chain = ReviewChain.of(article.getSection());
        ReviewLevel level = article.getReviewLevel();
        String returnComment = action == WorkflowAction.RETURN ? comment.strip() : null;
        switch (action) {
            case SUBMIT -> article.waitAt(chain.first());
            case APPROVE -> article.waitAt(chain.after(level).orElseThrow());
            case PUBLISH -> article.moveTo(ArticleStatus.PUBLISHED);
            case RETURN -> article.moveTo(ArticleStatus.DRAFT);
            case UNPUBLISH -> article.moveTo(ArticleStatus.DRAFT);
            case ARCHIVE -> article.moveTo(ArticleStatus.ARCHIVED);
        }
        article.setReviewComment(returnComment);
        saved(article, article.getSection().getId(), staff, StoredMessage.of("revision.note." + action.name()));
        switch (action) {
            case APPROVE -> reviews.record(article, level, ReviewDecision.Outcome.APPROVED, null, staff.getUsername());
            case RETURN -> reviews.record(article, level, ReviewDecision.Outcome.RETURNED, returnComment, staff.getUsername());
            case PUBLISH -> reviews.record(article, level != null ? level : chain.levels().get(chain.levels().size() - 1),
                    ReviewDecision.Outcome.PUBLISHED, null, staff.getUsername());
            default -> {
            }
        }
        auditLog.record(auditAction(action), "ARTICLE", id, auditDetails(action, level, returnComment, article));
        return article;
    }

    /** The returned article's comment; for an approval, the level passed with the title; otherwise the title. */
    private static String auditDetails(WorkflowAction action, ReviewLevel level, String returnComment, Article article) {
        if (action == WorkflowAction.RETURN) {
            return returnComment;
        }
        if (action == WorkflowAction.APPROVE) {
            return StoredMessage.of("audit.detail.approved." + level.name(), title(article)).stored();
        }
        return title(article);
    }

    /** Soft delete: the article leaves the public site and the staff lists; an administrator can restore it. */
    @Transactional
    public void delete(long id, Staff staff) {
        Article article = articles.findForUpdate(id).orElseThrow(() -> new NotFoundException("No article " + id));
        if (article.isDeleted()) {
            return;
        }
        if (!ArticlePermissions.mayDelete(article, staff)) {
            throw new AccessDeniedException(staff.getUsername() + " may not delete article " + id);
        }
        article.markDeleted(clock.instant(), staff.getUsername());
        article.touch(clock.instant(), staff.getUsername());
        articles.flush();
        listing.refresh(article.getSection().getId(), id);
        changes.announce(id);
        auditLog.record(AuditAction.ARTICLE_DELETED, "ARTICLE", id, title(article));
    }

    @Transactional
    public void restore(long id, Staff staff) {
        if (!ArticlePermissions.mayRestore(staff)) {
            throw new AccessDeniedException("Only administrators restore deleted articles");
        }
        Article article = articles.findForUpdate(id).orElseThrow(() -> new NotFoundException("No article " + id));
        article.restore();
        article.touch(clock.instant(), staff.getUsername());
        articles.flush();
        listing.refresh(article.getSection().getId(), id);
        changes.announce(id);
        auditLog.record(AuditAction.ARTICLE_RESTORED, "ARTICLE", id, title(article));
    }

    private ArticleSnapshot revision(long articleId, long revisionId, Staff staff) {
        load(articleId, staff);
        return revisions.find(revisionId)
                .filter(revision -> revision.getArticleId() == articleId)
                .map(Revisions::snapshot)
                .orElseThrow(() -> new NotFoundException("No revision " + revisionId + " of article " + articleId));
    }

    private Article putBack(long articleId, long revisionId, long expectedVersion, Staff staff) {
        ArticleSnapshot snapshot = revision(articleId, revisionId, staff);
        Article article = lockForChange(articleId, expectedVersion, staff);
        requireEditable(article, staff);
        long previousSection = article.getSection().getId();
        article.setSection(section(snapshot.sectionId()));
        article.setDepartment(department(snapshot.departmentId()));
        requireDepartment(article.getDepartment().getId(), staff);
        apply(draftOf(snapshot), article);
        saved(article, previousSection, staff, StoredMessage.of("revision.note.restored", revisionId));
        auditLog.record(AuditAction.REVISION_RESTORED, "ARTICLE", articleId, StoredMessage.of("audit.detail.revision", revisionId));
        return article;
    }

    private Article saved(Article article, long previousSection, Staff staff, StoredMessage note) {
        article.touch(clock.instant(), staff.getUsername());
        articles.flush();
        revisions.keep(article, staff.getUsername(), note);
        listing.refresh(article.getSection().getId(), article.getId());
        if (previousSection != article.getSection().getId()) {
            listing.refresh(previousSection, article.getId());
        }
        return article;
    }

    private Article lockForChange(long id, long expectedVersion, Staff staff) {
        Article article = articles.findForUpdate(id).orElseThrow(() -> new NotFoundException("No article " + id));
        if (article.isDeleted()) {
            throw new NotFoundException("Article " + id + " is deleted");
        }
        requireDepartment(article.getDepartment().getId(), staff);
        if (article.getVersion() != expectedVersion) {
            throw new ArticleConflictException(article.getVersion(),
                    revisions.atVersion(id, expectedVersion).orElse(null), ArticleSnapshot.of(article), article.getUpdatedBy());
        }
        return article;
    }

    /** Authors edit drafts only: once submitted, an article is the editors' to change. */
    private void requireEditable(Article article, Staff staff) {
        if (!ArticlePermissions.mayEdit(article, staff)) {
            throw new AccessDeniedException(staff.getUsername() + " may not edit article " + article.getId());
        }
    }

    private static void requireDepartment(long departmentId, Staff staff) {
        if (!ArticlePermissions.mayWriteFor(departmentId, staff)) {
            throw new AccessDeniedException(staff.getUsername() + " does not work for department " + departmentId);
        }
    }

    private void apply(ArticleDraft draft, Article article) {
        article.setSourceDepartment(draft.sourceDepartmentId() == null ? null : department(draft.sourceDepartmentId()));
        article.setReleaseTime(draft.releaseTime());
        article.setPinned(draft.pinned());
        for (Language language : Language.values()) {
            ArticleDraft.VersionDraft version = draft.versions().get(language);
            if (version == null) {
                article.removeTranslation(language);
                continue;
            }
            ArticleTranslation translation = article.translation(language)
                    .orElseGet(() -> article.addTranslation(language, version.title(), ""));
            translation.setTitle(version.title().strip());
            translation.setSummary(version.summary() == null || version.summary().isBlank() ? null : version.summary().strip());
            translation.setBody(sanitizer.clean(version.body()));
            translation.setTranslator(version.translatorId() == null ? null : department(version.translatorId()));
            translation.setOriginal(language == draft.original() || draft.versions().size() == 1);
            translation.setSource(draft.sourceDepartmentId() != null || version.source() == null
                    || version.source().isBlank() ? null : version.source().strip());
        }
        if (draft.media() != null) {
            article.setCover(cover(draft.media().coverId()));
            article.setAttachments(attachments(draft.media().attachmentIds()));
        }
        article.setBodyMedia(mediaReferences.shownIn(article.getTranslations().stream().map(ArticleTranslation::getBody).toList()));
    }

    private Media cover(Long id) {
        if (id == null) {
            return null;
        }
        return media.findById(id).filter(Media::isImage)
                .orElseThrow(() -> new BadRequestException("No image " + id + " for a cover"));
    }

    private List<Media> attachments(List<Long> ids) {
        List<Media> chosen = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids == null ? List.<Long>of() : ids)) {
            if (id != null) {
                chosen.add(media.findById(id).filter(file -> file.getKind() == MediaKind.ATTACHMENT)
                        .orElseThrow(() -> new BadRequestException("No attachment " + id)));
            }
        }
        return chosen;
    }

    /** The draft that puts a revision back; media deleted from the library since are left out. */
    private ArticleDraft draftOf(ArticleSnapshot snapshot) {
        Map<Language, ArticleDraft.VersionDraft> versions = new EnumMap<>(Language.class);
        Language original = null;
        for (Language language : Language.values()) {
            ArticleSnapshot.Version version = snapshot.version(language);
            if (version != null) {
                versions.put(language, new ArticleDraft.VersionDraft(version.title(), version.summary(), version.body(),
                        version.translatorId(), snapshot.source(language)));
                if (version.original()) {
                    original = language;
                }
            }
        }
        ArticleDraft.MediaChoice mediaChoice = null;
        if (snapshot.hasMedia()) {
            Long cover = snapshot.coverId() != null && media.existsById(snapshot.coverId()) ? snapshot.coverId() : null;
            List<Long> attachments = snapshot.attachmentIds().stream().filter(media::existsById).toList();
            mediaChoice = new ArticleDraft.MediaChoice(cover, attachments);
        }
        Long sourceDepartment = snapshot.sourceDepartmentId() != null && departments.existsById(snapshot.sourceDepartmentId())
                ? snapshot.sourceDepartmentId() : null;
        return new ArticleDraft(snapshot.sectionId(), snapshot.departmentId(), sourceDepartment, snapshot.releaseTime(),
                snapshot.pinned(), original, versions, mediaChoice);
    }

    private Section section(long id) {
        return sections.findById(id).orElseThrow(() -> new BadRequestException("No section " + id));
    }

    private Department department(long id) {
        return departments.findById(id).orElseThrow(() -> new BadRequestException("No department " + id));
    }

    private static String title(Article article) {
        return article.getTranslations().stream().map(ArticleTranslation::getTitle).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    private static AuditAction auditAction(WorkflowAction action) {
        return switch (action) {
            case SUBMIT -> AuditAction.ARTICLE_SUBMITTED;
            case APPROVE -> AuditAction.ARTICLE_APPROVED;
            case PUBLISH -> AuditAction.ARTICLE_PUBLISHED;
            case RETURN -> AuditAction.ARTICLE_RETURNED;
            case UNPUBLISH -> AuditAction.ARTICLE_UNPUBLISHED;
            case ARCHIVE -> AuditAction.ARTICLE_ARCHIVED;
        };
    }
}
