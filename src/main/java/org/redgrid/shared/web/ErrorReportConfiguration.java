package org.redgrid.shared.web;

import org.apache.catalina.Host;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.redgrid.shared.PathErrorFormat;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Installs {@link ServerErrorReport} as the server's error report in place of its HTML page. */
@Configuration(proxyBeanMethods = false)
class ErrorReportConfiguration {

    @Bean
    TomcatContextCustomizer platformErrorReport(ObjectProvider<PathErrorFormat> formats) {
        // The host adds the server's own error report when it starts, before its context starts: swap it then.
        return context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && context.getParent() instanceof Host host) {
                Pipeline pipeline = host.getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ServerErrorReport)) {
                        pipeline.removeValve(valve);
                        pipeline.addValve(new ServerErrorReport(
                                () -> formats.orderedStream().toList()));
                    }
                }
            }
        });
    }
}
