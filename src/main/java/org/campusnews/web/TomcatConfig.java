package org.campusnews.web;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Settings of the embedded Tomcat that Boot has no property for, each measured with the page benchmark. */
@Configuration(proxyBeanMethods = false)
class TomcatConfig {

    /**
     * A connection's write buffer holds a whole kept page (the home page is about 15 KB) with its headers, so that it
     * leaves in one write rather than in 8 KB pieces. Buffers are per open connection: 32 KB each.
     */
    static final int SOCKET_WRITE_BUFFER = 32 * 1024;

    @Bean
    TomcatConnectorCustomizer socketWriteBuffer() {
        return connector -> connector.setProperty("socket.appWriteBufSize", Integer.toString(SOCKET_WRITE_BUFFER));
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> forwardedHeadersWithoutAccessLogAttributes() {
        return new WithoutAccessLogAttributes();
    }

    /**
     * The valve that reads X-Forwarded-* headers (server.forward-headers-strategy: native) also copies the visitor's
     * address, host, port and protocol into six request attributes for Tomcat's access log, on every request. This
     * application has no Tomcat access log, and setting those attributes (each announced to the request-attribute
     * listeners) cost a sixth of the time of answering a kept page; the address and scheme themselves are still taken
     * from the headers. Runs after Boot's own Tomcat settings, which add the valve.
     */
    private static final class WithoutAccessLogAttributes
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            for (Valve valve : factory.getEngineValves()) {
                if (valve instanceof RemoteIpValve remoteIp) {
                    remoteIp.setRequestAttributesEnabled(false);
                }
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
