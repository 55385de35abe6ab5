package org.campusnews.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.campusnews.article.Article;
import org.campusnews.article.ArticleRepository;
import org.campusnews.article.ArticleService;
import org.campusnews.department.Department;
import org.campusnews.department.DepartmentRepository;
import org.campusnews.i18n.BilingualName;
import org.campusnews.i18n.Language;
import org.campusnews.media.Media;
import org.campusnews.media.MediaKind;
import org.campusnews.media.MediaUploads;
import org.campusnews.media.UploadRequest;
import org.campusnews.section.Section;
import org.campusnews.section.SectionService;
import org.campusnews.user.Role;
import org.campusnews.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills an empty database with the demo university's departments, sections and news, so that a fresh checkout
 * shows a working site. It never writes to a database that already holds any of these.
 */
@Component
@Order(2)
@ConditionalOnBooleanProperty(name = "campusnews.demo-data", matchIfMissing = true)
class DemoContentLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContentLoader.class);
    private static final String RESOURCE = "demo/demo-content.json";
    private static final String DEMO_AUTHOR_DEPARTMENT = "international-office";
    /** Every so many demo articles get a cover picture. */
    private static final int COVER_EVERY = 5;

    private final DepartmentRepository departments;
    private final SectionService sections;
    private final ArticleRepository articles;
    private final ArticleService articleService;
    private final TransactionTemplate transaction;
    private final UserService users;
    private final MediaUploads media;
    private final Clock clock;

    DemoContentLoader(DepartmentRepository departments, SectionService sections, ArticleRepository articles,
            ArticleService articleService, TransactionTemplate transaction, UserService users, MediaUploads media,
            Clock clock) {
        this.departments = departments;
        this.sections = sections;
        this.articles = articles;
        this.articleService = articleService;
        this.transaction = transaction;
        this.users = users;
        this.media = media;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        load();
        createDemoStaff();
    }

    /** One account per role, with the passwords listed in README, when no staff account exists yet. */
    void createDemoStaff() {
        if (users.anyExists()) {
            return;
        }
        Set<Department> newsroom = departments.findBySlug(DEMO_AUTHOR_DEPARTMENT).map(Set::of).orElse(Set.of());
        users.create("admin", "Demo Administrator", "admin-demo-password", Role.ADMIN, Set.of(), false);
        users.create("editor", "Demo Editor", "editor-demo-password", Role.EDITOR, Set.of(), false);
        users.create("leader", "Demo Leader", "leader-demo-password", Role.LEADER, Set.of(), false);
        users.create("reviewer", "Demo Department Editor", "reviewer-demo-password", Role.DEPARTMENT_EDITOR, newsroom, false);
        users.create("author", "Demo Author", "author-demo-password", Role.AUTHOR, newsroom, false);
        log.info("Created demo staff accounts admin, editor, leader, reviewer and author (passwords in README)");
    }

    /** Loads the demo content unless the database holds content already; tells whether it did. */
    boolean load() throws IOException {
        if (departments.count() > 0 || !sections.all().list().isEmpty() || articles.count() > 0) {
            log.info("Database holds content already: no demo content created");
            return false;
        }
        DemoContent content = read();
        transaction.executeWithoutResult(status -> store(content));
        log.info("Created demo content: {} departments, {} sections, {} articles",
                content.departments().size(), content.sections().size(), content.articles().size());
        return true;
    }

    private static DemoContent read() throws IOException {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return JsonMapper.builder().build().readValue(in, DemoContent.class);
        }
    }

    private void store(DemoContent content) {
        Map<String, Department> departmentsBySlug = new HashMap<>();
        for (DemoContent.Unit unit : content.departments()) {
            departmentsBySlug.put(unit.slug(), departments.save(
                    new Department(unit.slug(), new BilingualName(unit.nameZh(), unit.nameEn()), unit.sortOrder())));
        }
        Map<String, Section> sectionsBySlug = new HashMap<>();
        for (DemoContent.Unit unit : content.sections()) {
            sectionsBySlug.put(unit.slug(), sections.create(
                    new Section(unit.slug(), new BilingualName(unit.nameZh(), unit.nameEn()), unit.sortOrder())));
        }
        LocalDate today = LocalDate.now(clock);
        int index = 0;
        for (DemoContent.Item item : content.articles()) {
            Article article = new Article(sectionsBySlug.get(item.section()), departmentsBySlug.get(item.department()));
            article.setSourceDepartment(item.sourceDepartment() == null ? null : departmentsBySlug.get(item.sourceDepartment()));
            article.setPinned(item.pinned());
            addVersion(article, Language.ZH, item.zh(), item, departmentsBySlug);
            addVersion(article, Language.EN, item.en(), item, departmentsBySlug);
            if (index % COVER_EVERY == 0) {
                article.setCover(cover(index / COVER_EVERY, article));
            }
            int minute = (index++ * 7) % 60;
            article.publish(today.minusDays(item.daysAgo()).atTime(item.hour(), minute).atZone(clock.getZone()).toInstant());
            articleService.save(article);
        }
    }

    private Media cover(int number, Article article) {
        String zh = article.translation(Language.ZH).map(t -> t.getTitle()).orElse(null);
        String en = article.translation(Language.EN).map(t -> t.getTitle()).orElse(null);
        byte[] picture = DemoImages.cover(number);
        return media.importFile(new UploadRequest(MediaKind.IMAGE, "demo-cover-" + number + ".jpg", picture.length,
                new ByteArrayResource(picture), article.getDepartment().getId(), null, zh, en));
    }

    private static void addVersion(Article article, Language language, DemoContent.Version version,
            DemoContent.Item item, Map<String, Department> departmentsBySlug) {
        if (version == null) {
            return;
        }
        article.addTranslation(language, version.title(), version.body())
                .setSummary(version.summary())
                .setOriginal(language.code().equals(item.original()))
                .setTranslator(version.translator() == null ? null : departmentsBySlug.get(version.translator()))
                .setSource(version.source());
    }
}
