package org.redgrid.fuzz;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The operations of the live OpenAPI document, with their schemas resolved against its components. */
final class Schemas {

    /** One operation: method, path template, parameters and the request body's media type and schema. */
    record Operation(String method, String path, List<Parameter> parameters, String bodyType, JsonNode body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** A parameter: its name, where it goes (path, query, header) and its schema. */
    record Parameter(String name, String in, JsonNode schema) {}

    private final JsonNode document;

    Schemas(JsonNode document) {
        this.document = document;
    }

    /** The schema itself, or the component it refers to. */
    JsonNode resolve(JsonNode schema) {
        for (int hops = 0; schema.has("$ref") && hops < 10; hops++) {
            String name = schema.path("$ref").asString().replace("#/components/schemas/", "");
            schema = document.path("components").path("schemas").path(name);
        }
        return schema;
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(method -> {
                    JsonNode operation = method.getValue();
                    List<Parameter> parameters = new ArrayList<>();
                    operation
                            .path("parameters")
                            .forEach(parameter -> parameters.add(new Parameter(
                                    parameter.path("name").asString(),
                                    parameter.path("in").asString(),
                                    parameter.path("schema"))));
                    String bodyType = null;
                    JsonNode body = null;
                    var content = operation.path("requestBody").path("content");
                    if (!content.isMissingNode() && !content.isEmpty()) {
                        var first = content.properties().iterator().next();
                        bodyType = first.getKey();
                        body = first.getValue().path("schema");
                    }
                    operations.add(new Operation(
                            method.getKey().toUpperCase(java.util.Locale.ROOT),
                            path.getKey(),
                            parameters,
                            bodyType,
                            body));
                }));
        return operations;
    }
}
