package org.campusnews.media;

/** One place where a file is used: the article, how (cover, body image, attachment), and its title for display. */
public record MediaUsage(long mediaId, long articleId, Role role, String title, boolean articleDeleted) {

    public enum Role {
        COVER, BODY, ATTACHMENT
    }
}
