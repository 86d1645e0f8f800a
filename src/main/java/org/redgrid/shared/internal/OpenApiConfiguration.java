package org.redgrid.shared.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redgrid.shared.Problems;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes the JSON API: bearer tokens from {@code POST /api/v1/auth/token}, RFC 9457 problems on
 * error. The error responses are added to every operation in one place, the same way everywhere, so
 * that a new endpoint is described completely without repeating annotations.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String PROBLEM = "Problem";
    static final String TOKEN_PATH = "/api/v1/auth/token";

    @Bean
    OpenAPI redGridApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Beijiang Red Grid API (北疆红色网格)")
                        .version("v1")
                        .description("Registry, identity, data scope, the case engine and notifications of the "
                                + "Beijiang Red Grid platform. "
                                + "Get a token from POST /api/v1/auth/token and send it as `Authorization: Bearer <token>`. "
                                + "Every list and detail is limited to the caller's data scope; out-of-scope details answer 404. "
                                + "Errors are RFC 9457 problems (application/problem+json) with `field` and `rule` for invalid input; "
                                + "Chinese by default, English with `Accept-Language: en`. "
                                + "Open311 GeoReport v2 clients use /open311/v2 instead (see docs/open311.md).")
                        .license(new License().name("Division data: NBS 2023 statistical division codes")))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** An operation without a written summary gets one from its method name ({@code saveForm} → "Save form"). */
    @Bean
    OperationCustomizer summaries() {
        return (operation, handler) -> {
            if (operation.getSummary() == null || operation.getSummary().isBlank()) {
                operation.setSummary(sentence(handler.getMethod().getName()));
            }
            return operation;
        };
    }

    /** Every operation answers its errors as problems: which ones depends on its path and method only. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            if (api.getComponents() == null) api.setComponents(new Components());
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            if (api.getPaths() == null) return;
            api.getPaths()
                    .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                        ApiResponses responses =
                                operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
                        operation.setResponses(responses);
                        add(
                                responses,
                                "400",
                                "Invalid input: the problem names the field and the rule",
                                invalidExample());
                        if (!path.equals(TOKEN_PATH)) {
                            add(
                                    responses,
                                    "401",
                                    "Missing, invalid or expired bearer token",
                                    example(
                                            401,
                                            "unauthenticated",
                                            "Unauthenticated",
                                            "需要登录：请携带 Authorization: Bearer <token>"));
                            add(
                                    responses,
                                    "403",
                                    "The caller's role may not do this",
                                    example(403, "forbidden", "Forbidden", "当前角色无权执行此操作"));
                        }
                        if (path.contains("{")) {
                            add(
                                    responses,
                                    "404",
                                    "Not found, or outside the caller's data scope",
                                    example(404, "not-found", "Not found", "未找到 case 42"));
                        }
                        if (method != PathItem.HttpMethod.GET) {
                            add(
                                    responses,
                                    "409",
                                    "Conflicts with the current state (a concurrent change, a duplicate, an illegal transition)",
                                    example(409, "conflict", "Conflict", "该诉求刚被他人处理，请刷新后重试"));
                        }
                    }));
        };
    }

    private static void add(ApiResponses responses, String status, String description, Map<String, Object> example) {
        if (responses.containsKey(status)) return;
        Schema<?> ref = new Schema<>().$ref("#/components/schemas/" + PROBLEM);
        responses.addApiResponse(
                status,
                new ApiResponse()
                        .description(description)
                        .content(new Content()
                                .addMediaType(
                                        org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                        new MediaType()
                                                .schema(ref)
                                                .addExamples(status, new Example().value(example)))));
    }

    private static Map<String, Object> invalidExample() {
        Map<String, Object> example = example(400, "invalid-value", "Invalid value", "每页条数须在 1 到 200 之间");
        example.put("field", "size");
        example.put("rule", "range");
        example.put("message_en", "size must lie between 1 and 200");
        return example;
    }

    private static Map<String, Object> example(int status, String type, String title, String detail) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", Problems.TYPE_BASE + type);
        example.put("title", title);
        example.put("status", status);
        example.put("detail", detail);
        example.put("message_zh", detail);
        return example;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Schema schema = new ObjectSchema()
                .description("RFC 9457 problem details, with the field and rule for invalid input and both languages");
        schema.addProperty("type", new StringSchema().format("uri").description("stable problem type URI"));
        schema.addProperty("title", new StringSchema().description("short English title"));
        schema.addProperty("status", new io.swagger.v3.oas.models.media.IntegerSchema());
        schema.addProperty("detail", new StringSchema().description("in the caller's language"));
        schema.addProperty("instance", new StringSchema().format("uri"));
        schema.addProperty("field", new StringSchema().description("the offending field or parameter (400)"));
        schema.addProperty("rule", new StringSchema().description("the rule it broke, e.g. required, max-length"));
        schema.addProperty("message_zh", new StringSchema());
        schema.addProperty("message_en", new StringSchema());
        schema.setRequired(List.of("type", "title", "status"));
        return schema;
    }

    static String sentence(String methodName) {
        String words = methodName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
