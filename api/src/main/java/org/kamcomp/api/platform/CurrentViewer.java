package org.kamcomp.api.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import org.kamcomp.domain.access.Viewer;

/** Produces the signed-in caller as a {@link Viewer} for the request. */
@RequestScoped
public class CurrentViewer {

  @Inject HttpServletRequest request;

  @Produces
  Viewer viewer() {
    if (request.getUserPrincipal() == null) {
      throw new NotAuthorizedException("Bearer");
    }
    return Viewer.of(request.getUserPrincipal().getName(), request::isUserInRole);
  }
}
