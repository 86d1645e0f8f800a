package org.redgrid.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Failures the web framework raises itself (unknown path, wrong method, unsupported or unacceptable
 * media type, oversize upload, a missing header): API callers get an RFC 9457 problem; page requests
 * fall through to the error page. The JSON API's own advice describes them the same way.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class FallbackProblems {

    @ExceptionHandler({
        NoResourceFoundException.class,
        HttpRequestMethodNotSupportedException.class,
        HttpMediaTypeNotSupportedException.class,
        HttpMediaTypeNotAcceptableException.class,
        MaxUploadSizeExceededException.class,
        ServletRequestBindingException.class
    })
    ResponseEntity<ProblemDetail> framework(Exception e, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) throw e;
        ProblemDetail problem = describe(e);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /**
     * A page's write that the database's constraints refused: the error page, 409 for a duplicate and
     * 400 naming the refusal otherwise (the JSON API's own advice answers its controllers).
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> refusedByTheDatabase(
            DataIntegrityViolationException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        InvalidValue refused = UnreadableInput.refusedByTheDatabase(e, request);
        if (e instanceof DuplicateKeyException) {
            response.sendError(HttpStatus.CONFLICT.value());
        } else {
            request.setAttribute(ErrorAnswers.REFUSED, refused);
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
        return null;
    }

    /** The problem for a failure of the web framework, by its kind. */
    static ProblemDetail describe(Exception e) {
        if (e instanceof NoResourceFoundException) {
            return Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", "地址不存在", "no such resource");
        }
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            return Problems.of(
                    HttpStatus.METHOD_NOT_ALLOWED,
                    "method-not-allowed",
                    "Method not allowed",
                    "不支持 " + method.getMethod() + " 方法",
                    "method " + method.getMethod() + " is not allowed here");
        }
        if (e instanceof HttpMediaTypeNotSupportedException media) {
            return Problems.of(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "unsupported-media-type",
                    "Unsupported media type",
                    "不支持的内容类型 " + media.getContentType(),
                    "content type " + media.getContentType() + " is not supported");
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return Problems.of(
                    HttpStatus.NOT_ACCEPTABLE,
                    "not-acceptable",
                    "Not acceptable",
                    "无法以 Accept 所要求的格式应答，本接口返回 application/json",
                    "cannot answer in a format the Accept header allows; this API answers application/json");
        }
        if (e instanceof MaxUploadSizeExceededException) {
            ProblemDetail problem = Problems.of(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "upload-too-large",
                    "Upload too large",
                    "上传文件过大（上限 10 MB）",
                    "the upload is too large (limit 10 MB)");
            problem.setProperty("field", "file");
            problem.setProperty("rule", "upload.max-size");
            return problem;
        }
        if (e instanceof ServletRequestBindingException binding) {
            return Problems.invalidField(
                    "request",
                    "binding",
                    "请求缺少必需的参数或请求头: " + binding.getMessage(),
                    "the request lacks a required parameter or header: " + binding.getMessage());
        }
        HttpStatusCode status =
                e instanceof ErrorResponse response ? response.getStatusCode() : HttpStatus.INTERNAL_SERVER_ERROR;
        return Problems.of(status, "http-" + status.value(), "HTTP " + status.value(), "请求失败", "request failed");
    }
}
