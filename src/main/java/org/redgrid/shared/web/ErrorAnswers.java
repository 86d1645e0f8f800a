package org.redgrid.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.PathErrorFormat;
import org.redgrid.shared.Problems;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an error answers wherever it is written — the platform's error page or the server's last-resort
 * report: under {@code /api} an RFC 9457 problem, under a path with a format of its own (Open311) that
 * format, elsewhere the platform's error page, Chinese unless the caller prefers English.
 */
final class ErrorAnswers {

    /** Request attribute holding a refused value, for the error page to name its field and rule. */
    static final String REFUSED = ErrorAnswers.class.getName() + ".refused";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ErrorAnswers() {}

    /** An error answer: status, media type and body. */
    record Answer(int status, String mediaType, byte[] body) {}

    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api");
    }

    /** The answer to a failed request for {@code path}; {@code refused} names the field when input was refused. */
    static Answer answer(String path, HttpStatus status, InvalidValue refused, List<PathErrorFormat> formats) {
        if (isApi(path)) {
            byte[] body = JSON.writeValueAsBytes(body(problem(status, refused)));
            return new Answer(status.value(), MediaType.APPLICATION_PROBLEM_JSON_VALUE, body);
        }
        for (PathErrorFormat format : formats) {
            if (format.covers(path)) {
                PathErrorFormat.Body body =
                        format.write(path, status.value(), english() ? en(status, refused) : zh(status, refused));
                return new Answer(status.value(), body.mediaType(), body.bytes());
            }
        }
        return new Answer(status.value(), MediaType.TEXT_HTML_VALUE + ";charset=UTF-8", page(status, refused));
    }

    /** The problem for an error status, naming the field and rule when input was refused. */
    static ProblemDetail problem(HttpStatus status, InvalidValue refused) {
        if (refused != null) {
            ProblemDetail problem =
                    Problems.invalidField(refused.field(), refused.rule(), refused.messageZh(), refused.messageEn());
            problem.setStatus(status.value()); // 400 mostly; 422 for a reused Idempotency-Key
            return problem;
        }
        return switch (status) {
            case BAD_REQUEST -> Problems.of(status, "bad-request", "Bad request", zh(status, null), en(status, null));
            case NOT_FOUND -> Problems.of(status, "not-found", "Not found", zh(status, null), en(status, null));
            case UNAUTHORIZED ->
                Problems.of(status, "unauthenticated", "Unauthenticated", zh(status, null), en(status, null));
            case FORBIDDEN -> Problems.of(status, "forbidden", "Forbidden", zh(status, null), en(status, null));
            default ->
                status.is4xxClientError()
                        ? Problems.of(
                                status,
                                "http-" + status.value(),
                                status.getReasonPhrase(),
                                zh(status, null),
                                en(status, null))
                        : Problems.of(status, "internal-error", "Internal error", zh(status, null), en(status, null));
        };
    }

    static String zh(HttpStatus status, InvalidValue refused) {
        if (refused != null) return refused.messageZh();
        return switch (status) {
            case BAD_REQUEST -> "请求格式不正确，已被拒绝";
            case UNAUTHORIZED -> "需要登录";
            case FORBIDDEN -> "无权访问";
            case NOT_FOUND -> "地址不存在，或不在您的管辖范围内";
            case METHOD_NOT_ALLOWED -> "不支持该请求方法";
            case CONFLICT -> "与已有数据冲突（记录已存在或已被他人修改），请刷新后重试";
            case CONTENT_TOO_LARGE -> "请求内容过大（上传上限 10 MB）";
            case URI_TOO_LONG -> "请求地址过长";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "请求头过大";
            case TOO_MANY_REQUESTS -> "请求过于频繁，请稍后重试";
            default -> status.is4xxClientError() ? "请求失败：" + status.getReasonPhrase() : "服务器内部错误，请稍后重试";
        };
    }

    static String en(HttpStatus status, InvalidValue refused) {
        if (refused != null) return refused.messageEn();
        return switch (status) {
            case BAD_REQUEST -> "the request is malformed and was rejected";
            case UNAUTHORIZED -> "authentication required";
            case FORBIDDEN -> "access denied";
            case NOT_FOUND -> "no such resource, or it is outside your scope";
            case METHOD_NOT_ALLOWED -> "this method is not allowed here";
            case CONFLICT -> "conflicts with stored data (it exists already or was changed); reload and retry";
            case CONTENT_TOO_LARGE -> "the request is too large (uploads up to 10 MB)";
            case URI_TOO_LONG -> "the request address is too long";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "the request headers are too large";
            case TOO_MANY_REQUESTS -> "too many requests; retry later";
            default ->
                status.is4xxClientError()
                        ? "request failed: " + status.getReasonPhrase()
                        : "internal server error; retry later";
        };
    }

    /** The platform's error page without the template engine, for errors the server reports itself. */
    private static byte[] page(HttpStatus status, InvalidValue refused) {
        boolean english = english();
        String message = HtmlUtils.htmlEscape(english ? en(status, refused) : zh(status, refused));
        String html = "<!DOCTYPE html>\n<html lang=\"" + (english ? "en" : "zh-CN")
                + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + status.value() + " · " + (english ? "Beijiang Red Grid" : "北疆红色网格") + "</title>"
                + "<link rel=\"stylesheet\" href=\"/css/redgrid.css\"></head><body>"
                + "<header class=\"top\"><a class=\"brand\" href=\"/\">北疆红色网格 Beijiang Red Grid</a></header>"
                + "<main id=\"content\"><div class=\"card\"><h1>" + status.value() + "</h1><p class=\"error-message\">"
                + message + "</p><p><a href=\"/\">" + (english ? "Home" : "返回首页") + "</a></p></div></main>"
                + "</body></html>\n";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    static boolean english() {
        return Locale.ENGLISH
                .getLanguage()
                .equals(LocaleContextHolder.getLocale().getLanguage());
    }

    static Map<String, Object> body(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) body.putAll(problem.getProperties());
        return body;
    }
}
