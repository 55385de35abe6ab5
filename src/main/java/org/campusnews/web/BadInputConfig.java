package org.campusnews.web;

import jakarta.servlet.DispatcherType;

import org.apache.catalina.Container;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.campusnews.config.CampusNewsProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * How requests the application cannot read are answered: {@link MalformedRequestFilter} for what the servlet
 * container hands to the application, {@link SiteErrorReportValve} for what it refuses itself.
 */
@Configuration(proxyBeanMethods = false)
class BadInputConfig {

    /**
     * Right after the filters that must see a request before its parameters are read (the character encoding, the
     * size limit of form posts), before the page cache, security and everything else: Tomcat reports a query string
     * it cannot decode only to the first reader of a parameter, and later readers see the parameters without the
     * broken one.
     */
    @Bean
    FilterRegistrationBean<MalformedRequestFilter> malformedRequestFilter(CampusNewsProperties properties) {
        FilterRegistrationBean<MalformedRequestFilter> registration =
                new FilterRegistrationBean<>(new MalformedRequestFilter(properties));
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> siteErrorReports(MessageSource messages,
            CampusNewsProperties properties) {
        return new SiteErrorReports(messages, properties);
    }

    /** Puts the site's error report in the place of Tomcat's; runs after Boot's own Tomcat settings. */
    private record SiteErrorReports(MessageSource messages, CampusNewsProperties properties)
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Container host = context.getParent();
                Pipeline pipeline = host.getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        pipeline.removeValve(valve);
                    }
                }
                pipeline.addValve(new SiteErrorReportValve(messages, properties.defaultLanguage()));
                if (host instanceof StandardHost standardHost) {
                    standardHost.setErrorReportValveClass(SiteErrorReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
