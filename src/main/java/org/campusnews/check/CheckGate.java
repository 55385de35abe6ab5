package org.campusnews.check;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.campusnews.article.Article;
import org.campusnews.article.CheckFinding;
import org.campusnews.article.CheckReport;
import org.campusnews.article.PublishingGate;
import org.campusnews.article.WorkflowAction;
import org.campusnews.audit.AuditAction;
import org.campusnews.audit.AuditLog;
import org.campusnews.i18n.StoredMessage;
import org.campusnews.user.Staff;
import org.campusnews.web.StaffTime;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The pre-publishing checks in the editorial workflow. The rule, all of it here:
 * <ul>
 * <li>An article with a finding of severity BLOCK cannot be submitted for review nor published; nobody can accept
 * such a finding, the text must change.</li>
 * <li>Warnings (WARN) do not stop an author's submission, but each must be fixed or accepted by a reviewer (someone
 * who may publish: editors, administrators), with a reason, before the article is published.</li>
 * <li>An acceptance belongs to a finding's key (what was found and where: check, language, field and match): it stays
 * with the article across later saves while the same finding is there, and is dropped once it is gone. It is recorded
 * in the audit log.</li>
 * </ul>
 */
@Service
class CheckGate implements PublishingGate {

    private final ArticleChecker checker;
    private final CheckOverrides overrides;
    private final LinkCheckQueue links;
    private final AuditLog auditLog;
    private final StaffTime time;
    private final Clock clock;

    CheckGate(ArticleChecker checker, CheckOverrides overrides, LinkCheckQueue links, AuditLog auditLog, StaffTime time,
            Clock clock) {
        this.checker = checker;
        this.overrides = overrides;
        this.links = links;
        this.auditLog = auditLog;
        this.time = time;
        this.clock = clock;
    }

    @Override
    public CheckReport review(Article article, Map<String, String> accepted, Staff staff) {
        if (!accepted.isEmpty() && !staff.getRole().reviews()) {
            throw new AccessDeniedException(staff.getUsername() + " may not accept warnings of the checks");
        }
        ArticleChecker.Checked checked = checker.check(article);
        Map<String, CheckOverrides.Stored> stored = overrides.of(article.getId());
        Map<String, CheckFinding> findings = checked.findings().stream()
                .collect(Collectors.toMap(CheckFinding::key, finding -> finding, (a, b) -> a));
        accepted.forEach((key, reason) -> {
            CheckFinding finding = findings.get(key);
            CheckOverrides.Stored earlier = stored.get(key);
            if (finding == null || finding.isBlocking() || earlier != null && earlier.reason().equals(reason)) {
                return;
            }
            CheckOverrides.Stored override = new CheckOverrides.Stored(reason, staff.getUsername(), clock.instant());
            overrides.save(article.getId(), key, override);
            stored.put(key, override);
            String match = CheckKind.valueOf(finding.kind()).isPersonalData() ? "" : finding.match();
            auditLog.record(AuditAction.CHECK_WARNING_ACCEPTED, "ARTICLE", article.getId(),
                    StoredMessage.of("audit.detail.checkAccepted." + finding.kind(), match, reason));
        });
        Set<String> gone = stored.keySet().stream().filter(key -> !findings.containsKey(key)).collect(Collectors.toSet());
        overrides.remove(article.getId(), gone);
        gone.forEach(stored::remove);
        checkLinksAfterCommit(checked.dueLinks());
        return report(checked, stored);
    }

    @Override
    public CheckReport report(Article article) {
        if (article.getId() == null) {
            return CheckReport.NONE;
        }
        return report(checker.check(article), overrides.of(article.getId()));
    }

    @Override
    public Optional<String> refusal(WorkflowAction step, CheckReport report) {
        if ((step == WorkflowAction.SUBMIT || step == WorkflowAction.APPROVE || step == WorkflowAction.PUBLISH)
                && report.blocking() > 0) {
            return Optional.of("checks.gate.blocked");
        }
        if (step == WorkflowAction.PUBLISH && report.openWarnings() > 0) {
            return Optional.of("checks.gate.openWarnings");
        }
        return Optional.empty();
    }

    private CheckReport report(ArticleChecker.Checked checked, Map<String, CheckOverrides.Stored> stored) {
        List<CheckFinding> shown = new ArrayList<>();
        for (CheckFinding finding : checked.findings()) {
            CheckOverrides.Stored override = finding.isBlocking() ? null : stored.get(finding.key());
            shown.add(override == null ? finding : finding.withOverride(
                    new CheckFinding.Override(override.reason(), override.by(), time.toMinute(override.at()))));
        }
        return new CheckReport(shown, checked.linksPending());
    }

    /** The links are fetched once the save is committed, and only if it is. */
    private void checkLinksAfterCommit(Set<String> urls) {
        if (urls.isEmpty() || !links.isEnabled()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            links.checkSoon(urls);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                links.checkSoon(urls);
            }
        });
    }
}
