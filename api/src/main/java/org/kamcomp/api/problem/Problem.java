package org.kamcomp.api.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail, with the invalid fields when the input was at fault: each error has a
 * {@code field} and a {@code message}, and for an import also the {@code row}.
 */
public record Problem(String type, String title, int status, String detail, List<?> errors) {

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  public static Response response(int status, String title, String detail, List<?> errors) {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(new Problem("about:blank", title, status, detail, errors.isEmpty() ? null : errors))
        .build();
  }
}
