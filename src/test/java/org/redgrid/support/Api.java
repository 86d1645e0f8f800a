package org.redgrid.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small real-HTTP client for the running test server: every test goes through the real filters,
 * security, JSON mapping and error handling, as a third-party client would.
 */
public final class Api {

    public static final String DEMO_PASSWORD = "Redgrid#2026";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final String authorization;
    private final String language;

    private Api(String base, String authorization, String language) {
        this.base = base;
        this.authorization = authorization;
        this.language = language;
    }

    /** The same caller, asking for answers in {@code language} (Accept-Language). */
    public Api inLanguage(String language) {
        return new Api(base, authorization, language);
    }

    /** A caller that sends HTTP basic auth with every request, for another server on loopback (benchmarks). */
    public static Api basic(int port, String username, String password) {
        String credentials = java.util.Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api("http://127.0.0.1:" + port, "Basic " + credentials, null);
    }

    public static Api anonymous(int port) {
        return new Api("http://127.0.0.1:" + port, null, null);
    }

    /** Logs in through the token endpoint. */
    public static Api as(int port, String username) {
        return as(port, username, DEMO_PASSWORD);
    }

    public static Api as(int port, String username, String password) {
        Api anonymous = anonymous(port);
        Response response = anonymous.post("/api/v1/auth/token", json("username", username, "password", password));
        if (response.status() != 200) {
            throw new IllegalStateException(
                    "login of " + username + " failed: " + response.status() + " " + response.body());
        }
        return new Api(anonymous.base, "Bearer " + response.json().path("token").asString(), null);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, String jsonBody) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8)));
    }

    /** A POST with one extra header, such as {@code Idempotency-Key}. */
    public Response post(String path, String jsonBody, String header, String value) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8)));
    }

    /** A POST of an HTML form (application/x-www-form-urlencoded) from alternating names and values. */
    public Response postForm(String path, String... namesAndValues) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!form.isEmpty()) form.append('&');
            form.append(java.net.URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(java.net.URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString(), StandardCharsets.UTF_8)));
    }

    /** A request with any method, body and content type, for the error paths of the API. */
    public Response send(String method, String path, String contentType, String body, String accept) {
        HttpRequest.Builder builder = request(path)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) builder.header("Content-Type", contentType);
        if (accept != null) builder.header("Accept", accept);
        return send(builder);
    }

    public Response put(String path, String jsonBody) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8)));
    }

    public Response patch(String path, String jsonBody) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8)));
    }

    /** Uploads one file as multipart/form-data under the part name {@code file}. */
    public Response upload(String path, String filename, byte[] content) {
        String boundary = "----redgrid" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A multipart/form-data POST: text fields from alternating names and values, and files under one part name. */
    public Response multipart(String path, String filePart, java.util.List<byte[]> files, String... namesAndValues) {
        String boundary = "----redgrid" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + namesAndValues[i]
                            + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + namesAndValues[i + 1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        int n = 0;
        for (byte[] file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + filePart
                            + "\"; filename=\"scan-" + (++n) + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A request with any method, body and extra headers (alternating names and values), answered in full. */
    public HttpResponse<byte[]> exchange(
            String method, String path, String contentType, byte[] body, String... headerNamesAndValues) {
        HttpRequest.Builder builder = request(path)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) builder.header("Content-Type", contentType);
        for (int i = 0; i < headerNamesAndValues.length; i += 2) {
            builder.header(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
        }
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) builder.header("Authorization", authorization);
        if (language != null) builder.header("Accept-Language", language);
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Takes a case action through the API and fails the test unless it is answered 200; the case after it. */
    public static JsonNode act(Api api, long caseId, Object... fields) {
        Response response = api.post("/api/v1/cases/" + caseId + "/transitions", json(fields));
        if (response.status() != 200) {
            throw new AssertionError("case " + caseId + " action " + response.status() + ": " + response.body());
        }
        return response.json();
    }

    /** Builds a JSON object from alternating keys and values; values are written as JSON (strings quoted). */
    public static String json(Object... keysAndValues) {
        var node = JSON.createObjectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            node.set((String) keysAndValues[i], JSON.valueToTree(keysAndValues[i + 1]));
        }
        return node.toString();
    }

    /** A response with helpers to read it. */
    public record Response(int status, String contentType, String location, byte[] bytes) {

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return JSON.readTree(bytes);
        }
    }
}
