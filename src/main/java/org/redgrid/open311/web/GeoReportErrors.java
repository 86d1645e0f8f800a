package org.redgrid.open311.web;

import static org.redgrid.open311.web.GeoReportFormat.object;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.redgrid.open311.internal.Localized;
import org.redgrid.open311.web.GeoReportFormat.Items;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * GeoReport v2 errors exactly as the specification writes them: a list of {@code code} (the HTTP
 * status) and {@code description}, in the format the resource asked for — 400 for missing or invalid
 * input, 403 for a missing or wrong api_key, 404 for an unknown service, request or resource.
 */
@ControllerAdvice(assignableTypes = GeoReportController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class GeoReportErrors {

    private static final Logger log = LoggerFactory.getLogger(GeoReportErrors.class);

    @ExceptionHandler(InvalidValue.class)
    ResponseEntity<byte[]> invalid(InvalidValue e, HttpServletRequest request) {
        return error(request, HttpStatus.BAD_REQUEST, Localized.english() ? e.messageEn() : e.messageZh());
    }

    @ExceptionHandler(Forbidden.class)
    ResponseEntity<byte[]> forbidden(Forbidden e, HttpServletRequest request) {
        return error(request, HttpStatus.FORBIDDEN, Localized.english() ? e.getMessage() : e.messageZh());
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<byte[]> notFound(NotFound e, HttpServletRequest request) {
        return error(
                request,
                HttpStatus.NOT_FOUND,
                Localized.english() ? e.what() + " " + e.id() + " was not found" : "未找到 " + e.what() + " " + e.id());
    }

    /**
     * A query parameter that is no valid UTF-8: the server refuses to decode it when it is first read,
     * which may be before the adapter is asked (the language of the answer is read first).
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<byte[]> undecodable(InvalidParameterException e, HttpServletRequest request) {
        return error(
                request,
                HttpStatus.BAD_REQUEST,
                Localized.english() ? "request parameters must be UTF-8 encoded" : "请求参数须为 UTF-8 编码");
    }

    /** Failures of the web framework (wrong method, unreadable parameter) keep their 4xx status. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> unexpected(Exception e, HttpServletRequest request) {
        HttpStatus status = statusOf(e);
        if (status.is4xxClientError()) {
            return error(
                    request,
                    status,
                    Localized.english()
                            ? "the request is invalid: " + status.getReasonPhrase()
                            : "请求无效：" + status.getReasonPhrase());
        }
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return error(
                request, HttpStatus.INTERNAL_SERVER_ERROR, Localized.english() ? "internal server error" : "服务器内部错误");
    }

    private static HttpStatus statusOf(Exception e) {
        if (e instanceof ErrorResponse response) {
            HttpStatus status = HttpStatus.resolve(response.getStatusCode().value());
            if (status != null) return status;
        }
        if (e instanceof TypeMismatchException || e instanceof HttpMessageNotReadableException) {
            return HttpStatus.BAD_REQUEST;
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    static ResponseEntity<byte[]> error(HttpServletRequest request, HttpStatus status, String description) {
        GeoReportFormat format = request.getAttribute(GeoReportController.FORMAT) instanceof GeoReportFormat asked
                ? asked
                : GeoReportFormat.ofPath(request.getRequestURI());
        return ResponseEntity.status(status).contentType(format.mediaType()).body(body(format, status, description));
    }

    /** The GeoReport error list of one error, in {@code format}. */
    static byte[] body(GeoReportFormat format, HttpStatus status, String description) {
        Object errors = new Items("error", List.of(object("code", status.value(), "description", description)));
        return format.write("errors", errors);
    }
}
