package org.redgrid.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.redgrid.shared.Problems;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes problems from the security filters, which run before Spring MVC's error handling. */
@Component
class ProblemWriter {

    private final JsonMapper json;

    /** Filters run before the locale resolver: Chinese unless the caller asks for English. */
    private static boolean englishPreferred() {
        var attributes = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        if (attributes instanceof org.springframework.web.context.request.ServletRequestAttributes servlet) {
            String header = servlet.getRequest().getHeader("Accept-Language");
            return header != null && header.trim().toLowerCase().startsWith("en");
        }
        return false;
    }

    ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    void write(HttpServletResponse response, int status, String type, String title, String zh, String en)
            throws IOException {
        var problem = Problems.of(HttpStatusCode.valueOf(status), type, title, zh, en);
        problem.setDetail(englishPreferred() ? en : zh);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
