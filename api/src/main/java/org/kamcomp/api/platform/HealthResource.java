package org.kamcomp.api.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Readiness of the application and its database; public, so load balancers and scripts can ask. */
@Path("health")
@PermitAll
public class HealthResource {

  @Resource(lookup = "java:jboss/datasources/KamDS")
  DataSource dataSource;

  public record Health(String status, String database) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response health() {
    try (Connection c = dataSource.getConnection()) {
      boolean valid = c.isValid(2);
      return valid
          ? Response.ok(new Health("UP", "UP")).build()
          : Response.status(503).entity(new Health("DOWN", "DOWN")).build();
    } catch (SQLException e) {
      return Response.status(503).entity(new Health("DOWN", "DOWN: " + e.getMessage())).build();
    }
  }
}
