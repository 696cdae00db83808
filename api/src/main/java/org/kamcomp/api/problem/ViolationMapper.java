package org.kamcomp.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.api.validation.ResteasyViolationException;

/**
 * Invalid parameters as problem details. RESTEasy throws its own subtype of the Bean Validation
 * exception and maps it with a built-in mapper unless one for the exact type is registered.
 */
@Provider
public class ViolationMapper implements ExceptionMapper<ResteasyViolationException> {

  @Override
  public Response toResponse(ResteasyViolationException e) {
    return ProblemMapper.map(e);
  }
}
