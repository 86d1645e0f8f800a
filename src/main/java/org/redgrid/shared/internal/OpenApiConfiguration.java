package org.redgrid.shared.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the JSON API: bearer tokens from {@code POST /api/v1/auth/token}, RFC 9457 problems on error. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI redGridApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Beijiang Red Grid API (北疆红色网格)")
                        .version("v1")
                        .description("Registry, identity and data scope of the Beijiang Red Grid platform. "
                                + "Get a token from POST /api/v1/auth/token and send it as `Authorization: Bearer <token>`. "
                                + "Every list and detail is limited to the caller's data scope; out-of-scope details answer 404. "
                                + "Errors are RFC 9457 problems (application/problem+json) with `field` and `rule` for invalid input; "
                                + "Chinese by default, English with `Accept-Language: en`.")
                        .license(new License().name("Division data: NBS 2023 statistical division codes")))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
