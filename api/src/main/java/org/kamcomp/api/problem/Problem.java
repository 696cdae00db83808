package org.kamcomp.api.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.kamcomp.domain.problem.FieldError;

/** An RFC 9457 problem detail, with the invalid fields when the input was at fault. */
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  public static Response response(
      int status, String title, String detail, List<FieldError> errors) {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(new Problem("about:blank", title, status, detail, errors.isEmpty() ? null : errors))
        .build();
  }
}
