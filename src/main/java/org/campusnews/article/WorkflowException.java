package org.campusnews.article;

/** A workflow step that the article's state does not allow, such as publishing without a release time. */
class WorkflowException extends RuntimeException {

    private final String messageKey;

    WorkflowException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
