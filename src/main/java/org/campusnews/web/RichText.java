package org.campusnews.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a form field holding HTML from the rich-text editor. It is bound as it is sent: the HTML sanitizer cleans it
 * before it is stored (and drops the characters {@link TextRules} refuses elsewhere, such as NUL).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface RichText {
}
