package org.campusnews.api;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.campusnews.pagecache.QueryPageKey;
import org.springframework.stereotype.Component;

/**
 * The page cache's key of a searched list ({@code /api/v1/articles?q=…}): kept apart from other pages and bounded by
 * number, like the search page's results, since anybody can make up queries. Made of the parameters as the API reads
 * them ({@link ApiPageKey#listKey}); a request the API would refuse has none.
 */
@Component
class ApiSearchKey implements QueryPageKey {

    private static final Set<String> PARAMETERS = Set.of("lang", "section", "department", "since", "q", "cursor",
            "limit");

    @Override
    public String of(String path, HttpServletRequest request) {
        if (!path.equals("/api/v1/articles")) {
            return null;
        }
        try {
            Map<String, String[]> parameters = request.getParameterMap();
            boolean valid = parameters.containsKey("q") && parameters.entrySet().stream()
                    .allMatch(parameter -> PARAMETERS.contains(parameter.getKey()) && parameter.getValue().length == 1);
            return valid ? ApiPageKey.listKey(path, request) : null;
        } catch (RuntimeException refused) {
            return null;
        }
    }
}
