package org.redgrid.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.InvalidValues;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Turns every failure of the JSON API into an RFC 9457 problem that names the field and the rule, in
 * the caller's language (Chinese unless the request prefers English), with the other language beside it.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(InvalidValue.class)
    ProblemDetail invalidValue(InvalidValue e) {
        ProblemDetail problem = fieldProblem(e.field(), e.rule(), e.messageZh(), e.messageEn());
        if (e instanceof InvalidValues all) {
            problem.setProperty(
                    "errors",
                    all.problems().stream()
                            .map(one -> Map.of(
                                    "field", one.field(),
                                    "rule", one.rule(),
                                    "message_zh", one.messageZh(),
                                    "message_en", one.messageEn()))
                            .toList());
        }
        return problem;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(Map.of(
                    "field", error.getField(),
                    "rule", String.valueOf(error.getCode()),
                    "message", String.valueOf(error.getDefaultMessage())));
        }
        FieldError first = e.getBindingResult().getFieldError();
        String field = first == null ? "body" : first.getField();
        String rule = first == null ? "invalid" : String.valueOf(first.getCode());
        String message = first == null ? "invalid" : String.valueOf(first.getDefaultMessage());
        ProblemDetail problem = fieldProblem(field, rule, field + " " + message, field + " " + message);
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameter(HandlerMethodValidationException e) {
        var result = e.getParameterValidationResults().stream().findFirst();
        String field =
                result.map(r -> r.getMethodParameter().getParameterName()).orElse("parameter");
        String message = result.flatMap(r -> r.getResolvableErrors().stream().findFirst())
                .map(error -> String.valueOf(error.getDefaultMessage()))
                .orElse("is invalid");
        return fieldProblem(field, "constraint", field + " " + message, field + " " + message);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return invalidValue(UnreadableInput.of(e));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        InvalidValue invalid = UnreadableInput.causeOf(e, InvalidValue.class);
        if (invalid != null) return fieldProblem(e.getName(), invalid.rule(), invalid.messageZh(), invalid.messageEn());
        UnreadableInput.Kind kind =
                UnreadableInput.Kind.of(e.getRequiredType() == null ? String.class : e.getRequiredType());
        return fieldProblem(
                e.getName(),
                "type",
                "参数 " + e.getName() + " 须为" + kind.zh(),
                "parameter " + e.getName() + " must be " + kind.en());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return fieldProblem(
                e.getParameterName(),
                "required",
                "缺少必填参数 " + e.getParameterName(),
                "required parameter " + e.getParameterName() + " is missing");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException e) {
        return fieldProblem(
                e.getRequestPartName(),
                "required",
                "缺少上传文件 " + e.getRequestPartName(),
                "required part " + e.getRequestPartName() + " is missing");
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(
                HttpStatus.NOT_FOUND,
                "not-found",
                "Not found",
                "未找到 " + e.what() + " " + e.id(),
                e.what() + " " + e.id() + " was not found");
    }

    @ExceptionHandler(Forbidden.class)
    ProblemDetail forbidden(Forbidden e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.messageZh(), e.getMessage());
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ProblemDetail accessDenied(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "当前角色无权执行此操作", "your role may not do this");
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.messageZh(), e.getMessage());
        problem.setProperty("rule", e.rule());
        return problem;
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict", "记录已存在", "the record already exists");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        return invalidValue(UnreadableInput.refusedByTheDatabase(e, request));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
        return problem(
                HttpStatus.CONFLICT,
                "conflict",
                "Conflict",
                "记录已被他人修改，请刷新后重试",
                "changed concurrently; reload and retry");
    }

    /** Raised by the framework around a handler (media types, method, upload size): described as elsewhere. */
    @ExceptionHandler({
        org.springframework.web.HttpMediaTypeNotSupportedException.class,
        org.springframework.web.HttpMediaTypeNotAcceptableException.class,
        org.springframework.web.HttpRequestMethodNotSupportedException.class,
        org.springframework.web.multipart.MaxUploadSizeExceededException.class,
        org.springframework.web.bind.ServletRequestBindingException.class,
        org.springframework.web.ErrorResponseException.class
    })
    org.springframework.http.ResponseEntity<ProblemDetail> framework(Exception e) {
        ProblemDetail problem = FallbackProblems.describe(e);
        return org.springframework.http.ResponseEntity.status(problem.getStatus())
                .body(problem);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal error",
                "服务器内部错误",
                "internal server error");
    }

    private static ProblemDetail fieldProblem(String field, String rule, String messageZh, String messageEn) {
        return Problems.invalidField(field, rule, messageZh, messageEn);
    }

    private static ProblemDetail problem(
            HttpStatusCode status, String type, String title, String messageZh, String messageEn) {
        return Problems.of(status, type, title, messageZh, messageEn);
    }
}
