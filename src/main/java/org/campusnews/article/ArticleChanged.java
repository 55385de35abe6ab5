package org.campusnews.article;

/**
 * An article was stored with new content or a new state (any status: a draft saved, a workflow step, deleted or
 * restored), published once per change in its transaction, after the change has been flushed.
 */
public record ArticleChanged(long articleId) {
}
