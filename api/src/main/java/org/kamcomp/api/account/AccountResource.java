package org.kamcomp.api.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.kamcomp.domain.access.Role;
import org.kamcomp.domain.account.AccountSnapshot;
import org.kamcomp.domain.account.Accounts;

/** Customer accounts with their account teams; sales operations and audit read them. */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.COMP_ADMIN, Role.Names.AUDITOR})
public class AccountResource {

  @Inject Accounts accounts;

  @GET
  public List<AccountSnapshot> list() {
    return accounts.all();
  }

  @GET
  @Path("{code}")
  public AccountSnapshot get(@PathParam("code") String code) {
    return accounts.get(code);
  }
}
