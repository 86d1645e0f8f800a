package org.redgrid.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.redgrid.shared.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Failures that happen before a controller is chosen (unknown path, wrong method, oversize upload):
 * API callers get an RFC 9457 problem; page requests fall through to the error page.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class FallbackProblems {

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, HttpServletRequest request) throws Exception {
        return api(request, e, HttpStatus.NOT_FOUND, "not-found", "Not found", "地址不存在", "no such resource");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
            throws Exception {
        return api(
                request,
                e,
                HttpStatus.METHOD_NOT_ALLOWED,
                "method-not-allowed",
                "Method not allowed",
                "不支持 " + e.getMethod() + " 方法",
                "method " + e.getMethod() + " is not allowed here");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request)
            throws Exception {
        return api(
                request,
                e,
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type",
                "Unsupported media type",
                "不支持的内容类型 " + e.getContentType(),
                "content type " + e.getContentType() + " is not supported");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request)
            throws Exception {
        ResponseEntity<ProblemDetail> response = api(
                request,
                e,
                HttpStatus.CONTENT_TOO_LARGE,
                "upload-too-large",
                "Upload too large",
                "上传文件过大（上限 10 MB）",
                "the upload is too large (limit 10 MB)");
        response.getBody().setProperty("field", "file");
        response.getBody().setProperty("rule", "upload.max-size");
        return response;
    }

    private static ResponseEntity<ProblemDetail> api(
            HttpServletRequest request, Exception e, HttpStatus status, String type, String title, String zh, String en)
            throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) throw e;
        return ResponseEntity.status(status).body(Problems.of(status, type, title, zh, en));
    }
}
