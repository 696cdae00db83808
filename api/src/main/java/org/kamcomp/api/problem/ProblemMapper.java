package org.kamcomp.api.problem;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kamcomp.domain.imports.ImportRejectedException;
import org.kamcomp.domain.problem.ConflictException;
import org.kamcomp.domain.problem.FieldError;
import org.kamcomp.domain.problem.InvalidInputException;
import org.kamcomp.domain.problem.NotFoundException;

/**
 * Maps every failure to a problem detail. Business failures keep their message; anything unexpected
 * is logged and answered with a 500 that reveals nothing of the inside.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Override
  public Response toResponse(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      Response mapped = map(t);
      if (mapped != null) {
        return mapped;
      }
    }
    LOG.log(Level.SEVERE, "Unexpected failure", thrown);
    return Problem.response(
        500, "Internal error", "The request failed; the server log has the details.", List.of());
  }

  static Response map(Throwable t) {
    if (t instanceof RequestSizeLimit.TooLarge e) {
      return RequestSizeLimit.tooLarge(e.what, 0, e.limit);
    }
    if (t instanceof ConstraintViolationException e) {
      List<FieldError> errors =
          e.getConstraintViolations().stream()
              .map(v -> new FieldError(fieldOf(v), v.getMessage()))
              .sorted(Comparator.comparing(FieldError::field))
              .toList();
      return Problem.response(400, "Invalid input", "Some fields are invalid.", errors);
    }
    if (t instanceof InvalidInputException e) {
      return Problem.response(400, "Invalid input", e.getMessage(), e.errors());
    }
    if (t instanceof ImportRejectedException e) {
      return Problem.response(422, "Import rejected", e.getMessage(), e.errors());
    }
    if (t instanceof NotFoundException e) {
      return Problem.response(404, "Not found", e.getMessage(), List.of());
    }
    if (t instanceof ConflictException e) {
      return Problem.response(409, "Conflict", e.getMessage(), List.of());
    }
    if (t instanceof OptimisticLockException) {
      return Problem.response(
          409,
          "Conflict",
          "Someone else changed this record since you read it; reload it and apply your change"
              + " again.",
          List.of());
    }
    if (t instanceof ProcessingException || t instanceof JsonbException) {
      return Problem.response(
          400,
          "Unreadable request",
          "The request body is not valid JSON for this call.",
          List.of());
    }
    if (t instanceof WebApplicationException e) {
      Response r = e.getResponse();
      if (r.hasEntity() && Problem.MEDIA_TYPE.isCompatible(r.getMediaType())) {
        return r;
      }
      return Problem.response(
          r.getStatus(), r.getStatusInfo().getReasonPhrase(), e.getMessage(), List.of());
    }
    return null;
  }

  /** The property a violation is about, without the method and parameter the path starts with. */
  private static String fieldOf(ConstraintViolation<?> v) {
    String field = null;
    for (Path.Node node : v.getPropertyPath()) {
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
          || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
        field = node.getName();
      }
    }
    return field == null ? "" : field;
  }
}
