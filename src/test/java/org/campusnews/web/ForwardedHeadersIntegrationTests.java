package org.campusnews.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.campusnews.media.MediaFixtures;
import org.campusnews.support.IntegrationTest;
import org.campusnews.support.RawHttp;
import org.campusnews.support.RawHttp.Request;
import org.campusnews.support.RawHttp.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Behind a reverse proxy on the same machine or a private network, the visitor's address is the forwarded one. */
class ForwardedHeadersIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAddressForwardedByAProxyIsTheOneRecorded() {
        String name = "forwarded-" + MediaFixtures.unique();
        RawHttp visitor = new RawHttp(port);
        String body = "username=" + name + "&password=wrong&_csrf=" + RawHttp.Forms.encode(visitor.csrfToken("/login"));

        Response response = visitor.send(Request.post("/login").form(body)
                .header("X-Forwarded-For", "203.0.113.7, 10.0.0.5").header("X-Forwarded-Proto", "https"));

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location").orElseThrow()).startsWith("https://").contains("/login?error");
        String recorded = jdbc.sql("select remote_addr from audit_event where actor = :actor")
                .param("actor", name).query(String.class).single();
        assertThat(recorded).isEqualTo("203.0.113.7");
    }
}
