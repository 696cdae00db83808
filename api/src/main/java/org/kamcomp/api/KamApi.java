package org.kamcomp.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The API application, deployed at the context root {@code /api}. */
@ApplicationPath("/")
@OpenAPIDefinition(
    info =
        @Info(
            title = "KAM Comp API",
            version = "0.1",
            description =
                "Incentive compensation for key account management. Every call but /health needs a"
                    + " bearer token from the kam realm; errors are RFC 9457 problem details."),
    security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class KamApi extends Application {}
