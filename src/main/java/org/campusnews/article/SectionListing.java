package org.campusnews.article;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.campusnews.i18n.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public order of articles in each section and language, read through the {@code section_listing} table.
 * A section's list shows its pinned articles first, then the others, each newest release time first.
 * Numbered pages of the unpinned articles are position ranges, so page 500 costs the same index lookup as page 1.
 * Used by the two doors, {@link ArticleService} and {@link ArticleAdminService}: every change to what the list shows
 * goes through {@link #refresh}, which announces it ({@link PublicArticleChanged}) to the kept public pages.
 */
@Repository
class SectionListing {

    static final int PAGE_SIZE = 20;

    private static final String LISTED_COLUMNS = """
            select l.article_id, t.title, t.summary, l.release_time, l.pinned, l.cover
            from section_listing l
            join article_translation t on t.article_id = l.article_id and t.lang = l.lang
            """;

    static final String UNPINNED_PAGE = LISTED_COLUMNS + """
            where l.section_id = :sectionId and l.lang = :lang and not l.pinned
              and l.position between :lowest and :highest
            order by l.position desc""";

    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    SectionListing(EntityManager entityManager, ApplicationEventPublisher events) {
        this.entityManager = entityManager;
        this.events = events;
    }

    /**
     * Recomputes the positions of one section's articles after {@code articleId} changed, and announces the change
     * to the public pages once it is committed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void refresh(long sectionId, long articleId) {
        boolean moved = recompute(sectionId);
        events.publishEvent(new PublicArticleChanged(sectionId, articleId, moved));
    }

    /** Recomputes the positions of a section's articles after any number of them changed. */
    @Transactional(propagation = Propagation.MANDATORY)
    void refresh(long sectionId) {
        recompute(sectionId);
        events.publishEvent(new PublicArticleChanged(sectionId, null, true));
    }

    /** Whether any article entered, left or moved in the section's list. */
    private boolean recompute(long sectionId) {
        entityManager.flush();
        // Serialises refreshes of the same section, which would otherwise race on the same rows.
        entityManager.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(7310, cast(:sectionId as integer))) lock")
                .setParameter("sectionId", sectionId)
                .getSingleResult();
        Object changedRows = entityManager.createNativeQuery("""
                with ranked as (
                    select a.id as article_id, t.lang, a.section_id, a.pinned, a.release_time,
                           row_number() over (partition by t.lang, a.pinned order by a.release_time, a.id) as position,
                           m.sha256 as cover
                    from article a
                    join article_translation t on t.article_id = a.id
                    left join media m on m.id = a.cover_media_id
                    where a.section_id = :sectionId and a.status = 'PUBLISHED' and a.deleted_at is null
                ), removed as (
                    delete from section_listing l
                    where l.section_id = :sectionId
                      and not exists (select 1 from ranked r where r.article_id = l.article_id and r.lang = l.lang)
                    returning 1
                ), written as (
                insert into section_listing as l (article_id, lang, section_id, pinned, release_time, position, cover)
                select article_id, lang, section_id, pinned, release_time, position, cover from ranked
                on conflict (article_id, lang) do update
                    set section_id = excluded.section_id, pinned = excluded.pinned,
                        release_time = excluded.release_time, position = excluded.position, cover = excluded.cover
                    where (l.section_id, l.pinned, l.release_time, l.position, l.cover)
                          is distinct from (excluded.section_id, excluded.pinned, excluded.release_time, excluded.position,
                                            excluded.cover)
                returning 1
                )
                select (select count(*) from removed) + (select count(*) from written)
                """)
                .setParameter("sectionId", sectionId)
                .getSingleResult();
        return ((Number) changedRows).longValue() > 0;
    }

    /** Articles that became visible in (after, upTo]: scheduled ones whose release time came. */
    List<PublicArticleChanged> releasedBetween(Instant after, Instant upTo) {
        List<?> rows = entityManager.createNativeQuery("""
                        select distinct l.section_id, l.article_id from section_listing l
                        where l.release_time > :after and l.release_time <= :upTo""")
                .setParameter("after", after)
                .setParameter("upTo", upTo)
                .getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(columns -> new PublicArticleChanged(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue(), true))
                .toList();
    }

    /** The first release time after {@code now} of any listed article, if one is scheduled. */
    Optional<Instant> nextReleaseAfter(Instant now) {
        Object next = entityManager.createNativeQuery("select min(release_time) from section_listing where release_time > :now")
                .setParameter("now", now)
                .getSingleResult();
        return Optional.ofNullable(next).map(SectionListing::instant);
    }

    /** How many unpinned articles the section lists in this language at this moment. */
    int unpinnedCount(long sectionId, Language language, Instant now) {
        List<?> top = entityManager.createNativeQuery("""
                        select l.position from section_listing l
                        where l.section_id = :sectionId and l.lang = :lang and not l.pinned and l.release_time <= :now
                        order by l.position desc
                        limit 1""")
                .setParameter("sectionId", sectionId)
                .setParameter("lang", language.code())
                .setParameter("now", now)
                .getResultList();
        return top.isEmpty() ? 0 : ((Number) top.get(0)).intValue();
    }

    List<ListedArticle> pinned(long sectionId, Language language, Instant now) {
        return listed(entityManager.createNativeQuery(LISTED_COLUMNS + """
                        where l.section_id = :sectionId and l.lang = :lang and l.pinned and l.release_time <= :now
                        order by l.position desc""")
                .setParameter("sectionId", sectionId)
                .setParameter("lang", language.code())
                .setParameter("now", now)
                .getResultList());
    }

    /**
     * One page (from 1) of the unpinned articles, given how many are listed ({@link #unpinnedCount}), which fixes
     * the positions the page covers.
     */
    List<ListedArticle> unpinnedPage(long sectionId, Language language, int unpinnedCount, int page) {
        int highest = unpinnedCount - (page - 1) * PAGE_SIZE;
        int lowest = highest - PAGE_SIZE + 1;
        return listed(entityManager.createNativeQuery(UNPINNED_PAGE)
                .setParameter("sectionId", sectionId)
                .setParameter("lang", language.code())
                .setParameter("lowest", lowest)
                .setParameter("highest", highest)
                .getResultList());
    }

    /** The first {@code limit} articles of every section's list, keyed by section id. */
    Map<Long, List<ListedArticle>> headOfEachSection(Language language, Instant now, int limit) {
        List<?> rows = entityManager.createNativeQuery("""
                        select s.id, head.article_id, head.title, head.summary, head.release_time, head.pinned, head.cover
                        from section s
                        cross join lateral (
                            %s
                            where l.section_id = s.id and l.lang = :lang and l.release_time <= :now
                            order by l.pinned desc, l.position desc
                            limit :limit
                        ) head""".formatted(LISTED_COLUMNS))
                .setParameter("lang", language.code())
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        Map<Long, List<ListedArticle>> heads = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            long sectionId = ((Number) columns[0]).longValue();
            heads.computeIfAbsent(sectionId, id -> new ArrayList<>())
                    .add(listedArticle(Arrays.copyOfRange(columns, 1, columns.length)));
        }
        return heads;
    }

    /** The articles listed just above and below this one in its section's list in this language. */
    Neighbours neighbours(long articleId, long sectionId, Language language, Instant now) {
        List<?> rows = entityManager.createNativeQuery("""
                        with current_entry as (
                            select pinned, position from section_listing
                            where article_id = :articleId and lang = :lang and section_id = :sectionId
                        )
                        (select 'previous' as side, l.article_id, t.title
                         from current_entry c, section_listing l
                         join article_translation t on t.article_id = l.article_id and t.lang = l.lang
                         where l.section_id = :sectionId and l.lang = :lang and l.release_time <= :now
                           and (l.pinned, l.position) > (c.pinned, c.position)
                         order by l.pinned, l.position
                         limit 1)
                        union all
                        (select 'next' as side, l.article_id, t.title
                         from current_entry c, section_listing l
                         join article_translation t on t.article_id = l.article_id and t.lang = l.lang
                         where l.section_id = :sectionId and l.lang = :lang and l.release_time <= :now
                           and (l.pinned, l.position) < (c.pinned, c.position)
                         order by l.pinned desc, l.position desc
                         limit 1)""")
                .setParameter("articleId", articleId)
                .setParameter("sectionId", sectionId)
                .setParameter("lang", language.code())
                .setParameter("now", now)
                .getResultList();
        Optional<ArticleLink> previous = Optional.empty();
        Optional<ArticleLink> next = Optional.empty();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            ArticleLink link = new ArticleLink(((Number) columns[1]).longValue(), (String) columns[2]);
            if ("previous".equals(columns[0])) {
                previous = Optional.of(link);
            } else {
                next = Optional.of(link);
            }
        }
        return new Neighbours(previous, next);
    }

    private static List<ListedArticle> listed(List<?> rows) {
        return rows.stream().map(row -> listedArticle((Object[]) row)).toList();
    }

    private static ListedArticle listedArticle(Object[] columns) {
        return new ListedArticle(((Number) columns[0]).longValue(), (String) columns[1], (String) columns[2],
                instant(columns[3]), (Boolean) columns[4], (String) columns[5]);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
