package org.redgrid.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.PathErrorFormat;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;

/**
 * The server's last-resort error report, for requests the connector rejects before the platform sees
 * them (an encoded slash or NUL in the path, an oversize address or header, a body that cannot be
 * parsed) and for errors met while the error page itself runs (an upload that cannot be parsed fails
 * again there): the same answers as the platform's error page ({@link ErrorAnswers}), naming the field
 * when {@link InputFilter} refused it, instead of the server's own HTML.
 */
class ServerErrorReport extends ErrorReportValve {

    private final Supplier<List<PathErrorFormat>> formats;

    ServerErrorReport(Supplier<List<PathErrorFormat>> formats) {
        this.formats = formats;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) return;
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) return;
        HttpStatus status = HttpStatus.resolve(code);
        if (status == null) status = HttpStatus.BAD_REQUEST;
        String uri = request.getRequestURI();
        String path = uri == null ? "/" : InputFilter.decoded(uri);
        String language = request.getHeader("Accept-Language");
        boolean english =
                language != null && language.trim().toLowerCase(Locale.ROOT).startsWith("en");
        Locale previous = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        try {
            InvalidValue refused =
                    request.getAttribute(ErrorAnswers.REFUSED) instanceof InvalidValue invalid ? invalid : null;
            ErrorAnswers.Answer answer = ErrorAnswers.answer(path, status, refused, formats.get());
            response.setContentType(answer.mediaType());
            response.getOutputStream().write(answer.body());
            response.finishResponse();
        } catch (IOException | IllegalStateException unwritable) {
            // the client has gone or the response cannot take a body: nothing more to say
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
    }
}
