package org.campusnews.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.campusnews.support.IntegrationTest;
import org.campusnews.web.SiteAddress;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The API's OpenAPI document and its reference page, served by the application itself. */
class ApiDocumentIntegrationTests extends IntegrationTest {

    @Autowired
    SiteAddress site;

    @Test
    void theDocumentDescribesEveryEndpointAndNothingElse() {
        HttpResponse<String> response = get("/v3/api-docs");
        JsonNode document = ApiSupport.ok(response);

        assertThat(document.path("openapi").asString()).startsWith("3.");
        assertThat(document.path("info").path("title").asString()).isEqualTo("Campus News API");
        assertThat(document.path("servers").get(0).path("url").asString()).isEqualTo(site.of("/").replaceAll("/$", ""));
        List<String> paths = new ArrayList<>(document.path("paths").propertyNames());
        assertThat(paths).containsExactlyInAnyOrder("/api/v1/articles", "/api/v1/articles/{id}",
                "/api/v1/articles/{id}/views", "/api/v1/sections", "/api/v1/departments");
        JsonNode list = document.path("paths").path("/api/v1/articles").path("get");
        List<String> parameters = new ArrayList<>();
        list.path("parameters").forEach(parameter -> parameters.add(parameter.path("name").asString()));
        assertThat(parameters).containsExactly("lang", "section", "department", "since", "q", "cursor", "limit");
        assertThat(list.path("parameters").get(0).path("required").asBoolean()).isTrue();
        assertThat(list.path("responses").propertyNames()).contains("200", "304", "400");
        assertThat(list.path("responses").path("400").path("content").has("application/problem+json")).isTrue();
        JsonNode views = document.path("paths").path("/api/v1/articles/{id}/views").path("post");
        assertThat(views.path("responses").propertyNames()).contains("202", "404", "429");
        assertThat(document.path("components").path("schemas").has("ArticleItem")).isTrue();
    }

    @Test
    void theReferencePageIsServedFromTheApplication() {
        HttpResponse<String> redirect = get("/swagger-ui.html");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElseThrow()).endsWith("/swagger-ui/index.html");
        HttpResponse<String> page = get("/swagger-ui/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui").doesNotContain("https://cdn", "unpkg.com");
        assertThat(get("/swagger-ui/swagger-initializer.js").body()).contains("/v3/api-docs");
    }
}
