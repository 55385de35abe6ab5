package org.campusnews.article;

/**
 * How much a finding of the pre-publishing checks weighs: a {@link #BLOCK} stops submitting and publishing until the
 * text is changed; a {@link #WARN} lets an author submit, but a reviewer must fix or accept it (with a reason) before
 * publishing.
 */
public enum CheckSeverity {
    BLOCK,
    WARN
}
