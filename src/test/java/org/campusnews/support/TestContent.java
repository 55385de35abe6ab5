package org.campusnews.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManager;

import org.campusnews.article.Article;
import org.campusnews.article.ArticleService;
import org.campusnews.department.Department;
import org.campusnews.department.DepartmentRepository;
import org.campusnews.i18n.BilingualName;
import org.campusnews.i18n.Language;
import org.campusnews.section.Section;
import org.campusnews.section.SectionService;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.campusnews.user.UserService;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.annotation.Transactional;

/** Creates test data through the application's own services, each section and department with a unique slug. */
@TestComponent
public class TestContent {

    /** The password of every account made by {@link #staff}. */
    public static final String PASSWORD = "test-password-123";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final SectionService sections;
    private final DepartmentRepository departments;
    private final ArticleService articles;
    private final EntityManager entityManager;
    private final UserService users;
    private final Clock clock;

    TestContent(SectionService sections, DepartmentRepository departments, ArticleService articles,
            EntityManager entityManager, UserService users, Clock clock) {
        this.sections = sections;
        this.departments = departments;
        this.articles = articles;
        this.entityManager = entityManager;
        this.users = users;
        this.clock = clock;
    }

    public Section section() {
        int n = SEQUENCE.incrementAndGet();
        return sections.create(new Section("test-section-" + n, new BilingualName("测试栏目" + n, "Test Section " + n), 100 + n));
    }

    public Department department(String nameEn, String nameZh) {
        int n = SEQUENCE.incrementAndGet();
        return departments.save(new Department("test-department-" + n, new BilingualName(nameZh, nameEn), 100 + n));
    }

    public Department department() {
        int n = SEQUENCE.incrementAndGet();
        return department("Test Department " + n, "测试部门" + n);
    }

    /** A staff account with a random password, belonging to the given departments. */
    public UserAccount staff(Role role, Department... memberOf) {
        int n = SEQUENCE.incrementAndGet();
        return users.create("staff" + n, "Staff Member " + n, PASSWORD, role, Set.of(memberOf), false);
    }

    public Instant now() {
        return clock.instant();
    }

    public ArticleBuilder article(Section section, Department department) {
        return new ArticleBuilder(section, department);
    }

    /**
     * Publishes {@code count} English-only articles in a section at once, one hour apart, newest last; for tests
     * that need a large section.
     */
    @Transactional
    public void bulkPublish(Section section, Department department, int count) {
        Instant newest = clock.instant().minus(Duration.ofMinutes(5));
        entityManager.createNativeQuery("""
                        with created as (
                            insert into article (section_id, department_id, release_time, status, created_at, updated_at)
                            select :section, :department, cast(:newest as timestamptz) - make_interval(hours => n), 'PUBLISHED', now(), now()
                            from generate_series(1, :count) n
                            returning id
                        )
                        insert into article_translation (article_id, lang, title, body, original, source)
                        select id, 'en', 'Bulk article ' || id, '<p>Bulk</p>', true, 'Bulk' from created""")
                .setParameter("section", section.getId())
                .setParameter("department", department.getId())
                .setParameter("newest", newest)
                .setParameter("count", count)
                .executeUpdate();
        articles.refreshListing(section);
    }

    public class ArticleBuilder {

        private final Article article;
        private String sourceText = "Test Source";
        private Instant releaseTime = clock.instant().minus(Duration.ofHours(1));
        private boolean published = true;

        ArticleBuilder(Section section, Department department) {
            this.article = new Article(section, department);
        }

        public ArticleBuilder en(String title) {
            article.addTranslation(Language.EN, title, "<p>" + title + " body</p>").setOriginal(article.getTranslations().size() == 1);
            return this;
        }

        public ArticleBuilder zh(String title) {
            article.addTranslation(Language.ZH, title, "<p>" + title + "正文</p>").setOriginal(article.getTranslations().size() == 1);
            return this;
        }

        /** Replaces the body of a translation already added. */
        public ArticleBuilder body(Language language, String body) {
            article.translation(language).orElseThrow().setBody(body);
            return this;
        }

        public ArticleBuilder summary(Language language, String summary) {
            article.translation(language).orElseThrow().setSummary(summary);
            return this;
        }

        public ArticleBuilder translatedBy(Language language, Department translator) {
            article.translation(language).orElseThrow().setTranslator(translator).setOriginal(false);
            return this;
        }

        /** The source as text, the same in every version. */
        public ArticleBuilder source(String source) {
            this.sourceText = source;
            return this;
        }

        /** The source as text in one version; the others keep theirs. */
        public ArticleBuilder source(Language language, String source) {
            article.translation(language).orElseThrow().setSource(source);
            this.sourceText = null;
            return this;
        }

        /** The source as a department, shown by its name in the page's language. */
        public ArticleBuilder sourceDepartment(Department source) {
            article.setSourceDepartment(source);
            this.sourceText = null;
            return this;
        }

        public ArticleBuilder pinned() {
            article.setPinned(true);
            return this;
        }

        public ArticleBuilder releasedAt(Instant releaseTime) {
            this.releaseTime = releaseTime;
            return this;
        }

        public ArticleBuilder releasedHoursAgo(long hours) {
            return releasedAt(clock.instant().minus(Duration.ofHours(hours)));
        }

        public ArticleBuilder draft() {
            this.published = false;
            return this;
        }

        public Article save() {
            if (sourceText != null) {
                article.getTranslations().forEach(translation -> translation.setSource(sourceText));
            }
            if (published) {
                article.publish(releaseTime);
            } else {
                article.setReleaseTime(releaseTime);
            }
            return articles.save(article);
        }
    }
}
