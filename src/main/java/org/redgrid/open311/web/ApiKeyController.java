package org.redgrid.open311.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.redgrid.open311.ApiKeyView;
import org.redgrid.open311.ApiKeys;
import org.redgrid.open311.IssuedApiKey;
import org.redgrid.open311.NewApiKey;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/open311/keys")
@Tag(name = "Open311 keys", description = "API keys of outside 311 clients, each bound to an area; administrators only")
class ApiKeyController {

    private final ApiKeys keys;

    ApiKeyController(ApiKeys keys) {
        this.keys = keys;
    }

    @GetMapping
    @Operation(summary = "The Open311 API keys for areas inside the caller's scope, newest first")
    List<ApiKeyView> list() {
        return keys.list();
    }

    @PostMapping
    @Operation(
            summary = "Issue an Open311 API key for an area inside the caller's scope",
            description = "The secret is in this answer only; the platform keeps a hash of it.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @io.swagger.v3.oas.annotations.media.Content(
                                            mediaType = "application/json",
                                            examples =
                                                    @io.swagger.v3.oas.annotations.media.ExampleObject(
                                                            name = "a kiosk of a street",
                                                            value =
                                                                    "{\"name\": \"大学东路街道自助终端\", \"scope\": \"150105004\"}"))))
    ResponseEntity<IssuedApiKey> issue(@RequestBody NewApiKey body) {
        IssuedApiKey issued = keys.issue(body);
        return ResponseEntity.created(
                        URI.create("/api/v1/open311/keys/" + issued.key().id()))
                .body(issued);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One Open311 API key; 404 when its area is outside the caller's scope")
    ApiKeyView get(@PathVariable long id) {
        return keys.key(id);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke an Open311 API key; its client's next request is refused with 403")
    ApiKeyView revoke(@PathVariable long id) {
        return keys.revoke(id);
    }
}
