package org.redgrid.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.redgrid.shared.ControlCharacters;
import org.redgrid.shared.InvalidValue;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;

/**
 * Refuses control characters in everything a request carries outside a JSON body, before security or
 * any controller sees it: the decoded path, query and form parameters (names and values), multipart
 * field names, file names and text fields, and header values. JSON strings are checked as they are
 * read ({@link JsonInput}). A refused request gets 400 with the field and rule, in the format of its
 * path ({@link ErrorAnswers}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // after the character encoding filter, before sessions and security
class InputFilter extends OncePerRequestFilter {

    private static final int MAX_TEXT_PART = 64 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            check(request);
        } catch (InvalidValue refused) {
            request.setAttribute(ErrorAnswers.REFUSED, refused);
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        chain.doFilter(request, response);
    }

    private static void check(HttpServletRequest request) {
        ControlCharacters.refuse("path", decoded(request.getRequestURI()));
        Enumeration<String> names = request.getHeaderNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            for (Enumeration<String> values = request.getHeaders(name); values.hasMoreElements(); ) {
                // Header values may hold a tab (RFC 9110); nothing else below a space.
                ControlCharacters.refuse(name, values.nextElement().replace('\t', ' '));
            }
        }
        checkQuery(request.getQueryString());
        if (has(request, MediaType.APPLICATION_FORM_URLENCODED)) checkParameters(request);
        if (has(request, MediaType.MULTIPART_FORM_DATA)) checkParts(request);
    }

    private static void checkQuery(String query) {
        if (query == null) return;
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = utf8("query", equals < 0 ? pair : pair.substring(0, equals));
            ControlCharacters.refuse(name, name);
            if (equals >= 0) ControlCharacters.refuseInFreeText(name, utf8(name, pair.substring(equals + 1)));
        }
    }

    private static void checkParameters(HttpServletRequest request) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RuntimeException unreadable) {
            return; // an oversize or broken form: the framework answers it
        }
        parameters.forEach((name, values) -> {
            ControlCharacters.refuse(name, name);
            for (String value : values) ControlCharacters.refuseInFreeText(name, value);
        });
    }

    private static void checkParts(HttpServletRequest request) {
        Collection<Part> parts;
        try {
            parts = request.getParts();
        } catch (IOException | ServletException | RuntimeException unreadable) {
            // The server itself refuses a NUL in a file name; any other broken upload the framework answers.
            InvalidFileNameException nul = UnreadableInput.causeOf(unreadable, InvalidFileNameException.class);
            if (nul != null) {
                // Spring would parse the upload again for the error page and fail the same way: tell it not to.
                request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new MultipartException("file name", nul));
                ControlCharacters.refuse("filename", nul.getName());
            }
            parts = List.of();
        }
        for (Part part : parts) {
            String name = part.getName() == null ? "part" : part.getName();
            ControlCharacters.refuse(name, name);
            if (part.getSubmittedFileName() != null) {
                ControlCharacters.refuse(name, part.getSubmittedFileName());
            } else if (part.getSize() <= MAX_TEXT_PART) {
                try {
                    ControlCharacters.refuseInFreeText(
                            name, new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException unreadable) {
                    // the framework reads the part again and answers
                }
            }
        }
    }

    private static boolean has(HttpServletRequest request, MediaType type) {
        String contentType = request.getContentType();
        if (contentType == null) return false;
        try {
            return type.includes(MediaType.parseMediaType(contentType));
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    /**
     * A query parameter's name or value, percent-decoded; 400 naming {@code field} when its bytes are
     * no UTF-8 (the parameter would otherwise fail wherever it is first read, as a server error).
     */
    static String utf8(String field, String raw) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes(raw)))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw new InvalidValue(field, "text.encoding", field + " 须为 UTF-8 编码", field + " must be encoded in UTF-8");
        }
    }

    /** Percent-decoded as UTF-8; a malformed escape is kept as written, the rest still decoded. */
    static String decoded(String raw) {
        return new String(bytes(raw), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String raw) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
            if (c == '%' && high >= 0 && low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }
}
