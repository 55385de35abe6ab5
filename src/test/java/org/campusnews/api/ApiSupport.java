package org.campusnews.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading the API's answers in tests. */
final class ApiSupport {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiSupport() {
    }

    /** The body of a 200 answer in JSON. */
    static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    /** Problem details (RFC 9457) with this status and a detail that says something; never a page or a trace. */
    static JsonNode problem(HttpResponse<String> response, int status) {
        String request = response.request().method() + " " + response.uri();
        assertThat(response.statusCode()).as(request + " " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(request)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).as(request).doesNotContain("<html", "Exception", "at org.");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).as(request).isEqualTo(status);
        assertThat(problem.path("title").asString()).as(request).isNotBlank();
        assertThat(problem.path("detail").asString()).as(request).isNotBlank();
        return problem;
    }
}
