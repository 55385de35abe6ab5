package org.campusnews.i18n;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A sentence the application keeps in the database (a revision's note, an audit event's details) as a message code
 * with its parameters, so that each reader sees it in their own language through the message bundles. Stored as
 * text: the code, then each parameter after a {@code |}, with {@code |} and {@code \} in a parameter escaped by a
 * {@code \} ({@code revision.note.restored|12}).
 *
 * @param code a key of the message bundles
 * @param args its parameters ({@code {0}}, {@code {1}} …), as text
 */
public record StoredMessage(String code, List<String> args) implements MessageSourceResolvable {

    private static final Pattern CODE = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[A-Za-z0-9_]+)+");

    public StoredMessage {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a message code: " + code);
        }
        args = List.copyOf(args);
    }

    /** A code with its parameters, each kept as its text ({@link String#valueOf}). */
    public static StoredMessage of(String code, Object... args) {
        return new StoredMessage(code, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The text kept in the database. */
    public String stored() {
        StringBuilder text = new StringBuilder(code);
        for (String arg : args) {
            text.append('|').append(arg.replace("\\", "\\\\").replace("|", "\\|"));
        }
        return text.toString();
    }

    /**
     * What a stored text says: a message when it is a code of the namespace ({@code revision.note} for
     * {@code revision.note.edited}) with its parameters; anything else (text written before codes were kept, or null)
     * is shown as it is.
     */
    public static MessageSourceResolvable read(String stored, String namespace) {
        if (stored == null) {
            return verbatim("");
        }
        List<String> parts = split(stored);
        String code = parts.get(0);
        if (!code.startsWith(namespace + ".") || !CODE.matcher(code).matches()) {
            return verbatim(stored);
        }
        return new StoredMessage(code, parts.subList(1, parts.size()));
    }

    private static MessageSourceResolvable verbatim(String text) {
        return new DefaultMessageSourceResolvable(new String[0], null, text);
    }

    private static List<String> split(String stored) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < stored.length(); i++) {
            char c = stored.charAt(i);
            if (c == '\\' && i + 1 < stored.length()) {
                part.append(stored.charAt(++i));
            } else if (c == '|') {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return args.toArray();
    }

    /** A code the bundles do not know (one from a later version, say) shows the stored text. */
    @Override
    public String getDefaultMessage() {
        return stored();
    }
}
