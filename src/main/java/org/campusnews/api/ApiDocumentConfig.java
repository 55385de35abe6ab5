package org.campusnews.api;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;

import org.campusnews.web.SiteAddress;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's description of the API, with the site's own address (never a request's Host header). */
@Configuration(proxyBeanMethods = false)
class ApiDocumentConfig {

    @Bean
    OpenAPI campusNewsApi(SiteAddress site) {
        String root = site.of("/");
        return new OpenAPI()
                .info(new Info().title("Campus News API").version("v1").description("""
                        The published articles of the site, read-only, in English (`en`) and Chinese (`zh`). \
                        Lists are paged by cursor, newest release first. Every answer has an ETag and is revalidated \
                        with If-None-Match (304). Refusals are problem details (RFC 9457, application/problem+json)."""))
                .servers(List.of(new Server().url(root.substring(0, root.length() - 1))));
    }
}
