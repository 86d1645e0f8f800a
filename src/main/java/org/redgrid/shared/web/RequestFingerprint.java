package org.redgrid.shared.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * What makes two requests "the same" for an idempotency key: method, path and query, and a SHA-256 of
 * the content (a JSON body as sent, form fields and multipart parts with their file bytes). The CSRF
 * field is left out: a page masks its token anew on every render, a retry is still the same request.
 */
final class RequestFingerprint {

    private static final String CSRF_FIELD = "_csrf";

    /** The fingerprint, and the request to pass on (its body read once and kept for the controller). */
    record Read(String fingerprint, HttpServletRequest request) {}

    private RequestFingerprint() {}

    static Read read(HttpServletRequest request) throws IOException {
        MessageDigest digest = sha256();
        String type = String.valueOf(request.getContentType()).toLowerCase();
        HttpServletRequest passOn = request;
        if (type.startsWith("multipart/")) {
            try {
                for (Part part : request.getParts()) {
                    if (CSRF_FIELD.equals(part.getName())) continue;
                    update(digest, part.getName() + "\u0000" + part.getSubmittedFileName() + "\u0000");
                    try (InputStream in = part.getInputStream()) {
                        digest.update(in.readAllBytes());
                    }
                }
            } catch (ServletException e) {
                throw new IOException(e);
            }
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            Map<String, String[]> fields = new TreeMap<>(request.getParameterMap());
            fields.remove(CSRF_FIELD);
            fields.forEach((name, values) -> update(digest, name + "=" + String.join("\u0001", values) + "\u0000"));
        } else {
            byte[] body = request.getInputStream().readAllBytes();
            digest.update(body);
            passOn = new ReadBody(request, body);
        }
        String path =
                request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return new Read(
                request.getMethod() + " " + path.substring(0, Math.min(path.length(), 120)) + " "
                        + HexFormat.of().formatHex(digest.digest()),
                passOn);
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body already read, served again from memory. */
    private static final class ReadBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
