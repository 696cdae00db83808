package org.kamcomp.api.run;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.kamcomp.calculation.WhatIf;
import org.kamcomp.domain.access.Role;

/**
 * What-if modeling: plan versions (drafts too) over a past year's actuals for a role's
 * participants, beside what their current plans pay. Nothing is written.
 */
@Path("what-if")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.COMP_ADMIN)
public class WhatIfResource {

  @Inject WhatIf whatIf;

  /** The population (a role profile), the plan year, and the versions as "CODE/number". */
  public record Question(
      @NotBlank(message = "is required") String role,
      @NotNull(message = "is required") Integer year,
      @NotEmpty(message = "name at least one plan version") List<String> versions) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public List<WhatIf.Model> model(@NotNull(message = "a question is required") @Valid Question q) {
    return whatIf.model(q.role(), q.year(), q.versions());
  }
}
