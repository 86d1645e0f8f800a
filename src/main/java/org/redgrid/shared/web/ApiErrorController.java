package org.redgrid.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.redgrid.shared.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The error page for failures that never reach a controller — a request the firewall rejects, an
 * error a filter sends: under {@code /api} an RFC 9457 problem whatever the caller accepts, elsewhere
 * the usual error page.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ApiErrorController extends BasicErrorController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    ApiErrorController(ErrorAttributes errorAttributes, ObjectProvider<ErrorViewResolver> resolvers) {
        super(errorAttributes, new ErrorProperties(), resolvers.orderedStream().toList());
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (!isApi(request)) return super.errorHtml(request, response);
        ProblemDetail problem = problem(request);
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        try {
            JSON.writeValue(response.getOutputStream(), body(problem));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        if (!isApi(request)) return super.error(request);
        ProblemDetail problem = problem(request);
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body(problem));
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri instanceof String path && path.startsWith(request.getContextPath() + "/api/");
    }

    private ProblemDetail problem(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        return switch (status) {
            case BAD_REQUEST ->
                Problems.of(
                        status,
                        "bad-request",
                        "Bad request",
                        "请求格式不正确，已被拒绝",
                        "the request is malformed and was rejected");
            case NOT_FOUND -> Problems.of(status, "not-found", "Not found", "地址不存在", "no such resource");
            case UNAUTHORIZED ->
                Problems.of(status, "unauthenticated", "Unauthenticated", "需要登录", "authentication required");
            case FORBIDDEN -> Problems.of(status, "forbidden", "Forbidden", "无权访问", "access denied");
            default ->
                status.is4xxClientError()
                        ? Problems.of(
                                status,
                                "http-" + status.value(),
                                status.getReasonPhrase(),
                                "请求失败：" + status.getReasonPhrase(),
                                "request failed: " + status.getReasonPhrase())
                        : Problems.of(status, "internal-error", "Internal error", "服务器内部错误", "internal server error");
        };
    }

    private static Map<String, Object> body(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) body.putAll(problem.getProperties());
        return body;
    }
}
