package org.redgrid.shared.web;

import java.time.LocalDate;
import org.redgrid.shared.DateBounds;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How request parameters and path variables become values, for every controller and page: a date is
 * an ISO date within {@link DateBounds}; anything else is a 400 naming the parameter.
 */
@Configuration(proxyBeanMethods = false)
class ParameterInput implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, LocalDate.class, ParameterInput::date);
    }

    private static LocalDate date(String text) {
        if (text.isBlank()) return null;
        return DateBounds.check("date", LocalDate.parse(text.trim()));
    }
}
