package org.campusnews.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

class PageKeysTests {

    @ParameterizedTest(name = "{0} ?{1} -> {2}")
    @CsvSource(nullValues = "none", value = {
            "/en/,                      none,            :/en/",
            "/zh/,                      utm_source=x,    :/zh/",
            "/en/articles/36,           none,            :/en/articles/36",
            "/zh/articles/999999999999999999, none,      :/zh/articles/999999999999999999",
            "/en/sections/notices,      none,            :/en/sections/notices?page=1",
            "/en/sections/notices,      page=500&x=1,    :/en/sections/notices?page=500",
            "/en/sections/a-b-9,        page=9999999,    :/en/sections/a-b-9?page=9999999",
            "/fr/,                      none,            none",
            "/en,                       none,            none",
            "/EN/,                      none,            none",
            "/en/x,                     none,            none",
            "/en/articles/,             none,            none",
            "/en/articles/036,          none,            none",
            "/en/articles/0,            none,            none",
            "/en/articles/1x,           none,            none",
            "/en/articles/1/,           none,            none",
            "/en/articles/1234567890123456789, none,     none",
            "/en/sections/,             none,            none",
            "/en/sections/-notices,     none,            none",
            "/en/sections/Notices,      none,            none",
            "/en/sections/notices/,     none,            none",
            "/en/sections/notices,      page=0,          none",
            "/en/sections/notices,      page=abc,        none",
            "/en/sections/notices,      page=12345678,   none",
            "/en/sections/notices,      page=1&page=2,   none",
            "/admin,                    none,            none",
            "/css/site.css,             none,            none",
    })
    void keysComeFromTheValidatedPathAndPageNumberOnly(String path, String query, String key) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (query != null) {
            request.setQueryString(query);
            for (String pair : query.split("&")) {
                String[] parts = pair.split("=", 2);
                request.addParameter(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        assertThat(PageKeys.of(request)).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0} ?{1} -> {2}")
    @CsvSource(nullValues = "none", value = {
            "/en/,                      none,            :/en/",
            "/en/articles/36,           none,            :/en/articles/36",
            "/en/sections/notices,      none,            :/en/sections/notices?page=1",
            "/en/sections/notices,      page=500,        :/en/sections/notices?page=500",
            "/en/,                      page=2,          none",
            "/en/articles/36,           utm_source=x,    none",
            "/en/articles/36,           page=2,          none",
            "/en/sections/notices,      page=500&x=1,    none",
            "/en/sections/notices,      x=1&page=500,    none",
            "/en/sections/notices,      page=%35,        none",
            "/en/sections/notices,      page=0,          none",
            "/en/sections/notices,      page=12345678,   none",
            "/en/sections/notices,      page=,           none",
            "/en/sections/Notices,      none,            none",
            "/fr/,                      none,            none",
    })
    void plainAddressesAreKeyedFromTheQueryStringAloneAndOthersAreLeftToTheFullCheck(String path, String query,
            String key) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setQueryString(query);
        // Parameters that would contradict the query string show that they are not read.
        request.addParameter("page", "77");
        assertThat(PageKeys.ofPlainAddress(request)).isEqualTo(key);
    }

    @Test
    void aLongSlugIsAKeyUpToEightyCharacters() {
        assertThat(PageKeys.of(new MockHttpServletRequest("GET", "/en/sections/" + "a".repeat(80)))).isNotNull();
        assertThat(PageKeys.of(new MockHttpServletRequest("GET", "/en/sections/" + "a".repeat(81)))).isNull();
    }

    @Test
    void secureRequestsHaveKeysOfTheirOwn() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/en/");
        request.setSecure(true);
        assertThat(PageKeys.of(request)).isEqualTo("s:/en/");
    }
}
