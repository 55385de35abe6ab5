package org.campusnews.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.campusnews.media.MediaUsage;
import org.campusnews.media.MediaUses;
import org.campusnews.media.UploadTargets;
import org.campusnews.user.Staff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the media library asks of articles, which use its files as covers, body images and attachments: where each
 * file is used, and who may add files to an article (whoever may edit it).
 */
@Component
class MediaInArticles implements MediaUses, UploadTargets {

    private final ArticleRepository articles;
    private final JdbcClient jdbc;

    MediaInArticles(ArticleRepository articles, JdbcClient jdbc) {
        this.articles = articles;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<MediaUsage>> of(Collection<Long> mediaIds) {
        if (mediaIds.isEmpty()) {
            return Map.of();
        }
        List<MediaUsage> rows = jdbc.sql("""
                        select u.media_id, u.article_id, u.role, t.title, a.deleted_at is not null as deleted
                        from (
                            select cover_media_id as media_id, id as article_id, 'COVER' as role from article
                            where cover_media_id in (:ids)
                            union all
                            select media_id, article_id, 'BODY' from article_body_media where media_id in (:ids)
                            union all
                            select media_id, article_id, 'ATTACHMENT' from article_attachment where media_id in (:ids)
                        ) u
                        join article a on a.id = u.article_id
                        left join lateral (
                            select title from article_translation t where t.article_id = u.article_id
                            order by t.original desc, t.lang limit 1
                        ) t on true
                        order by u.media_id, u.article_id desc, u.role""")
                .param("ids", mediaIds)
                .query((rs, n) -> new MediaUsage(rs.getLong(1), rs.getLong(2), MediaUsage.Role.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getBoolean(5)))
                .list();
        Map<Long, List<MediaUsage>> byMedia = new LinkedHashMap<>();
        for (MediaUsage usage : rows) {
            byMedia.computeIfAbsent(usage.mediaId(), id -> new ArrayList<>()).add(usage);
        }
        return byMedia;
    }

    @Override
    @Transactional(readOnly = true)
    public Target forArticle(long articleId, Staff staff) {
        Optional<Article> article = articles.findById(articleId);
        if (article.isEmpty()) {
            return new NoSuchArticle();
        }
        return ArticlePermissions.mayEdit(article.get(), staff) ? new Allowed(article.get().getDepartment().getId())
                : new Refused();
    }
}
