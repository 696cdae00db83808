package org.kamcomp.api.run;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.kamcomp.calculation.Inquiries;
import org.kamcomp.domain.access.Role;

/**
 * Adjustments decided (recalculated periods, resolved inquiries) and whether a published statement
 * has paid them yet: sales operations and audit read them.
 */
@Path("adjustments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.COMP_ADMIN, Role.Names.AUDITOR})
public class AdjustmentResource {

  @Inject Inquiries inquiries;

  @GET
  public List<Inquiries.AdjustmentView> list() {
    return inquiries.adjustments();
  }
}
