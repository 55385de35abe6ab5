package org.campusnews.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.campusnews.support.IntegrationTest;
import org.campusnews.support.TestContent;
import org.campusnews.support.WebSession;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.junit.jupiter.api.Test;

class MetricsIntegrationTests extends IntegrationTest {

    @Test
    void prometheusGetsTheMetricsThatMatterWithAnAdministratorsAccountOnly() {
        UserAccount admin = content.staff(Role.ADMIN);
        UserAccount editor = content.staff(Role.EDITOR);

        assertThat(scrape(null).statusCode()).isEqualTo(401);
        assertThat(scrape(editor).statusCode()).isEqualTo(403);

        double failuresBefore = value(scrape(admin).body(), "campusnews_sign_in_failures_total");
        new WebSession(port).submit("/login", "/login", Map.of("username", editor.getUsername(), "password", "wrong"));
        get("/en/articles/" + content.article(content.section(), content.department()).en("Counted for metrics").save().getId());
        get("/en/");
        get("/en/");

        HttpResponse<String> metrics = scrape(admin);
        assertThat(metrics.statusCode()).isEqualTo(200);
        String body = metrics.body();
        assertThat(body).contains("campusnews_views_counted_total", "campusnews_views_written_total",
                "campusnews_views_buffered", "campusnews_views_flush_lag_seconds", "cache_gets_total{cache=\"pages\"",
                "hikaricp_connections_active", "http_server_requests_seconds_count",
                "uri=\"/{lang}/articles/{id}\"");
        assertThat(value(body, "campusnews_sign_in_failures_total")).isEqualTo(failuresBefore + 1);
        assertThat(value(body, "campusnews_views_counted_total")).isPositive();
    }

    private HttpResponse<String> scrape(UserAccount account) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/actuator/prometheus"));
        if (account != null) {
            String credentials = account.getUsername() + ":" + TestContent.PASSWORD;
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return send(request.GET().build());
    }

    /** The sum of a metric's samples (over all its tags). */
    private static double value(String body, String metric) {
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(metric) + "(\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(body);
        double sum = 0;
        while (sample.find()) {
            sum += Double.parseDouble(sample.group(2));
        }
        return sum;
    }
}
