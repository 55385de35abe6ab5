package org.campusnews.article;

/**
 * A workflow step that the article's state does not allow, such as publishing without a release time, or one that the
 * pre-publishing checks stop (with their report, to show the findings of the content that was refused).
 */
class WorkflowException extends RuntimeException {

    private final String messageKey;
    private final CheckReport checks;

    WorkflowException(String messageKey) {
        this(messageKey, null);
    }

    WorkflowException(String messageKey, CheckReport checks) {
        super(messageKey);
        this.messageKey = messageKey;
        this.checks = checks;
    }

    String messageKey() {
        return messageKey;
    }

    /** The checks of the refused content; null when the refusal is not theirs. */
    CheckReport checks() {
        return checks;
    }
}
