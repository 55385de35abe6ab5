package org.campusnews.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A form post that could not be handled because the database was out of reach: where it went and every field as
 * sent (the CSRF token among them), so the error page can offer to send it again unchanged, and show the texts.
 *
 * @param action the address it was posted to, with its query
 */
public record UnsentForm(String action, List<Field> fields) {

    private static final String CSRF_FIELD = "_csrf";

    public record Field(String name, String value) {
    }

    static UnsentForm of(HttpServletRequest request) {
        List<Field> fields = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                fields.add(new Field(parameter.getKey(), value));
            }
        }
        String query = request.getQueryString();
        return new UnsentForm(request.getRequestURI() + (query == null ? "" : "?" + query), List.copyOf(fields));
    }

    /** The fields with something typed in them, to be shown: not the token, not the empty ones. */
    public List<Field> shown() {
        return fields.stream().filter(field -> !field.name().equals(CSRF_FIELD) && !field.value().isBlank()).toList();
    }
}
