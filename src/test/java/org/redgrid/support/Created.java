package org.redgrid.support;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/** What a 201 promises: its Location answers a GET by the same caller with the resource just created. */
public final class Created {

    private Created() {}

    public static JsonNode at(Api api, Api.Response created) {
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.location()).as("Location of the 201").isNotBlank();
        var read = api.get(created.location());
        assertThat(read.status())
                .as("GET " + created.location() + ": " + read.body())
                .isEqualTo(200);
        JsonNode body = created.json();
        if (body.has("id"))
            assertThat(read.json().path("id").asLong())
                    .isEqualTo(body.path("id").asLong());
        return read.json();
    }
}
