package org.campusnews.web;

import java.beans.PropertyEditorSupport;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Applies {@link TextRules} to every string the application binds from a request, once for all forms, filters and
 * parameters: a form field holding a refused character gets the error {@code text.disallowed} (naming the character,
 * and shown again without it), and a request parameter holding one is a bad request. Nothing with such a character reaches a service or the
 * database. Fields marked {@link MultilineText} may also hold line breaks and tabs; fields marked {@link RichText}
 * are left to the HTML sanitizer.
 */
@ControllerAdvice
class BoundTextRules {

    static final String DISALLOWED = "text.disallowed";

    private static final int NESTING = 3;

    private final Map<Class<?>, Map<String, Kind>> fieldsByType = new ConcurrentHashMap<>();

    private enum Kind {
        MULTILINE, RICH
    }

    @InitBinder
    void refuseDisallowedCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new CheckedText(false));
        Class<?> type = binder.getTarget() != null ? binder.getTarget().getClass()
                : binder.getTargetType() != null ? binder.getTargetType().resolve() : null;
        if (type != null) {
            fieldsByType.computeIfAbsent(type, BoundTextRules::markedFields).forEach((path, kind) ->
                    binder.registerCustomEditor(String.class, path, kind == Kind.RICH ? new AsSent() : new CheckedText(true)));
        }
        binder.setBindingErrorProcessor(new NamingTheCharacter());
    }

    /** The paths of the marked string fields of a form, nested forms included. */
    private static Map<String, Kind> markedFields(Class<?> type) {
        Map<String, Kind> marked = new LinkedHashMap<>();
        collect(type, "", NESTING, marked);
        return marked;
    }

    private static void collect(Class<?> type, String prefix, int depth, Map<String, Kind> marked) {
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            for (Field field : current.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                if (field.getType() == String.class) {
                    if (field.isAnnotationPresent(RichText.class)) {
                        marked.put(prefix + field.getName(), Kind.RICH);
                    } else if (field.isAnnotationPresent(MultilineText.class)) {
                        marked.put(prefix + field.getName(), Kind.MULTILINE);
                    }
                } else if (depth > 0 && isForm(field.getType())) {
                    collect(field.getType(), prefix + field.getName() + ".", depth - 1, marked);
                }
            }
        }
    }

    /** A class of this application that is neither an enum nor a record of values: a nested form. */
    private static boolean isForm(Class<?> type) {
        return type.getName().startsWith("org.campusnews.") && !type.isEnum() && !type.isInterface();
    }

    /** Refuses text holding a character that {@link TextRules} does not allow. */
    private static final class CheckedText extends PropertyEditorSupport {

        private final boolean multiline;

        CheckedText(boolean multiline) {
            this.multiline = multiline;
        }

        @Override
        public void setAsText(String text) {
            OptionalInt refused = TextRules.firstDisallowed(text, multiline);
            if (refused.isPresent()) {
                throw new DisallowedCharacterException(refused.getAsInt(), multiline);
            }
            setValue(text);
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }

    private static final class AsSent extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(text);
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }

    static final class DisallowedCharacterException extends IllegalArgumentException {

        private final int character;
        private final boolean multiline;

        DisallowedCharacterException(int character, boolean multiline) {
            super("Text holds the character " + TextRules.describe(character));
            this.character = character;
            this.multiline = multiline;
        }

        int character() {
            return character;
        }

        boolean multiline() {
            return multiline;
        }
    }

    /** The form error for a refused character names it; other binding errors are recorded as usual. */
    private static final class NamingTheCharacter extends DefaultBindingErrorProcessor {

        @Override
        public void processPropertyAccessException(PropertyAccessException exception, BindingResult bindingResult) {
            Throwable cause = exception.getCause();
            while (cause != null && !(cause instanceof DisallowedCharacterException)) {
                cause = cause.getCause();
            }
            if (!(cause instanceof DisallowedCharacterException refused)) {
                super.processPropertyAccessException(exception, bindingResult);
                return;
            }
            String field = exception.getPropertyName();
            // The form shows the text again without the character, so that saving it again is all it takes.
            Object shown = exception.getValue() instanceof String text ? TextRules.replaceDisallowed(text, refused.multiline(), "")
                    : exception.getValue();
            bindingResult.addError(new FieldError(bindingResult.getObjectName(), field, shown, true,
                    bindingResult.resolveMessageCodes(DISALLOWED, field),
                    new Object[] {TextRules.describe(refused.character())},
                    "The text holds a character that is not allowed (" + TextRules.describe(refused.character()) + ")."));
        }
    }
}
