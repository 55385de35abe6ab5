package org.campusnews.media;

/** A file that an article still uses (as cover, in its text or as attachment) is not deleted. */
public class MediaInUseException extends RuntimeException {

    private final int uses;

    public MediaInUseException(int uses) {
        super("Media is used " + uses + " times");
        this.uses = uses;
    }

    public int uses() {
        return uses;
    }
}
