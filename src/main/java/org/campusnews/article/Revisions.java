package org.campusnews.article;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.campusnews.i18n.StoredMessage;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Keeps a revision of an article at each save, and reads revisions back as snapshots. */
@Component
class Revisions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ArticleRevisionRepository revisions;
    private final Clock clock;

    Revisions(ArticleRevisionRepository revisions, Clock clock) {
        this.revisions = revisions;
        this.clock = clock;
    }

    /** Call after the article has been flushed, so that its version is the one stored. */
    ArticleRevision keep(Article article, String username, StoredMessage note) {
        return revisions.save(new ArticleRevision(article.getId(), article.getVersion(), clock.instant(), username, note.stored(),
                JSON.writeValueAsString(ArticleSnapshot.of(article))));
    }

    List<ArticleRevision> of(long articleId) {
        return revisions.findByArticleIdOrderByIdDesc(articleId);
    }

    Optional<ArticleRevision> find(long revisionId) {
        return revisions.findById(revisionId);
    }

    Optional<ArticleSnapshot> atVersion(long articleId, long version) {
        return revisions.findFirstByArticleIdAndArticleVersionOrderByIdDesc(articleId, version).map(Revisions::snapshot);
    }

    static ArticleSnapshot snapshot(ArticleRevision revision) {
        return JSON.readValue(revision.getSnapshot(), ArticleSnapshot.class);
    }
}
