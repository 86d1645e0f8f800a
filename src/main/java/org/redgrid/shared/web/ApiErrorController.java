package org.redgrid.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.PathErrorFormat;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page for every failure that is not answered where it happened — a request a filter or the
 * firewall refused, an exception of a page, a status sent by security: under {@code /api} an RFC 9457
 * problem and under Open311 its own error list, whatever the caller accepts; elsewhere the platform's
 * error page, never a framework default. Asked directly, {@code /error} is a page that does not exist.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ApiErrorController implements ErrorController {

    private final ErrorAttributes errors;
    private final ObjectProvider<PathErrorFormat> formats;

    ApiErrorController(ErrorAttributes errors, ObjectProvider<PathErrorFormat> formats) {
        this.errors = errors;
        this.formats = formats;
    }

    @RequestMapping
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = failedPath(request);
        HttpStatus status = statusOf(request, path);
        InvalidValue refused = refusal(request);
        List<PathErrorFormat> own = formats.orderedStream().toList();
        ErrorAnswers.Answer answer = ErrorAnswers.answer(path, status, refused, own);
        response.setStatus(answer.status());
        if (!answer.mediaType().startsWith("text/html")) {
            response.setContentType(answer.mediaType());
            response.getOutputStream().write(answer.body());
            return null;
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("messageZh", ErrorAnswers.zh(status, refused));
        page.addObject("messageEn", ErrorAnswers.en(status, refused));
        return page;
    }

    /** The path that failed, without the context path; this page's own path when it was asked directly. */
    private static String failedPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String failed ? failed : request.getRequestURI();
        String context = request.getContextPath();
        return !context.isEmpty() && path.startsWith(context) ? path.substring(context.length()) : path;
    }

    private static HttpStatus statusOf(HttpServletRequest request, String path) {
        if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code)) {
            return HttpStatus.NOT_FOUND; // not an error dispatch: someone opened /error itself
        }
        HttpStatus status = HttpStatus.resolve(code);
        return status == null || status.value() < 400 ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private InvalidValue refusal(HttpServletRequest request) {
        if (request.getAttribute(ErrorAnswers.REFUSED) instanceof InvalidValue refused) return refused;
        Throwable error = errors.getError(new ServletWebRequest(request));
        if (error == null && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown) {
            error = thrown;
        }
        return error == null ? null : UnreadableInput.causeOf(error, InvalidValue.class);
    }
}
