package org.kamcomp.domain.audit;

import jakarta.enterprise.inject.spi.CDI;
import java.security.Principal;
import org.hibernate.envers.RevisionListener;

/**
 * Stamps each revision with the signed-in user: the container's caller principal, whose name is the
 * identity provider's user name. Work done without a caller (schema migration, start-up) is stamped
 * {@code system}.
 */
public class AuditRevisionListener implements RevisionListener {

  static final String SYSTEM = "system";

  @Override
  public void newRevision(Object revisionEntity) {
    ((AuditRevision) revisionEntity).setChangedBy(callerName());
  }

  private static String callerName() {
    try {
      Principal caller = CDI.current().select(Principal.class).get();
      String name = caller == null ? null : caller.getName();
      return name == null || name.isBlank() || "anonymous".equals(name) ? SYSTEM : name;
    } catch (RuntimeException noContainerOrCaller) {
      return SYSTEM;
    }
  }
}
