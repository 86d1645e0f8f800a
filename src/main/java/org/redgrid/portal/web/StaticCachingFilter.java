package org.redgrid.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives the static files ({@code /css}, {@code /js}, {@code /webjars}) the Cache-Control that
 * {@link StaticCaching} decides; a file that is not there (a stale hash) is answered with
 * {@code no-store}, so that its 404 is never kept.
 */
class StaticCachingFilter extends OncePerRequestFilter {

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<StaticCachingFilter> staticCaching() {
            FilterRegistrationBean<StaticCachingFilter> registration =
                    new FilterRegistrationBean<>(new StaticCachingFilter());
            registration.addUrlPatterns("/css/*", "/js/*", "/webjars/*");
            return registration;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, StaticCaching.cacheControl(request.getRequestURI()));
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendError(int status) throws IOException {
                setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                super.sendError(status);
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                super.sendError(status, message);
            }
        });
    }
}
