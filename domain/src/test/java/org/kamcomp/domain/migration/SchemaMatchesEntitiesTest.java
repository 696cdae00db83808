package org.kamcomp.domain.migration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.Test;
import org.kamcomp.domain.account.Account;
import org.kamcomp.domain.account.AccountTeamMember;
import org.kamcomp.domain.actual.MeasureResult;
import org.kamcomp.domain.actual.SalesTransaction;
import org.kamcomp.domain.assignment.PlanAssignment;
import org.kamcomp.domain.audit.AuditRevision;
import org.kamcomp.domain.imports.ImportBatch;
import org.kamcomp.domain.participant.Participant;
import org.kamcomp.domain.plan.Measure;
import org.kamcomp.domain.plan.Plan;
import org.kamcomp.domain.plan.PlanGate;
import org.kamcomp.domain.plan.PlanVersion;
import org.kamcomp.domain.role.RoleProfile;
import org.kamcomp.domain.statement.CalculationRun;
import org.kamcomp.domain.statement.StatementRecord;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The migrated schema is the one the entities (and their Envers audit tables) need: Hibernate's
 * validator reads the database the migrations made. The DDL Hibernate would write is kept in
 * target/schema-h2.sql, a starting point when a migration is due.
 */
class SchemaMatchesEntitiesTest {

  static final List<Class<?>> ENTITIES =
      List.of(
          Participant.class,
          RoleProfile.class,
          Plan.class,
          PlanVersion.class,
          Measure.class,
          PlanGate.class,
          Account.class,
          AccountTeamMember.class,
          PlanAssignment.class,
          SalesTransaction.class,
          MeasureResult.class,
          ImportBatch.class,
          AuditRevision.class,
          CalculationRun.class,
          StatementRecord.class,
          org.kamcomp.domain.statement.Adjustment.class,
          org.kamcomp.domain.statement.Inquiry.class,
          org.kamcomp.domain.actual.WindfallRelease.class);

  @Test
  void theMigratedSchemaFitsTheEntities() throws Exception {
    String url = "jdbc:h2:mem:schema-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    h2.setUser("sa");
    SchemaMigrations.migrate(h2);

    StandardServiceRegistryBuilder settings =
        new StandardServiceRegistryBuilder()
            .applySetting("hibernate.connection.url", url)
            .applySetting("hibernate.connection.username", "sa")
            .applySetting("hibernate.connection.password", "");
    persistenceUnitProperties().forEach(settings::applySetting);
    Path ddl = Path.of("target", "schema-h2.sql");
    Files.deleteIfExists(ddl);
    // First the DDL Hibernate would write, then the check of the migrated database.
    build(
        settings,
        Map.of(
            "jakarta.persistence.schema-generation.scripts.action", "create",
            "jakarta.persistence.schema-generation.scripts.create-target", ddl.toString(),
            "hibernate.format_sql", "true",
            "hibernate.hbm2ddl.delimiter", ";"));
    build(settings, Map.of("hibernate.hbm2ddl.auto", "validate"));
  }

  private static void build(StandardServiceRegistryBuilder base, Map<String, String> extra) {
    StandardServiceRegistryBuilder settings = new StandardServiceRegistryBuilder();
    settings.applySettings(base.getSettings());
    extra.forEach(settings::applySetting);
    // No JSON columns: keeps Hibernate from looking for a JSON-B implementation outside WildFly.
    settings.applySetting("hibernate.type.json_format_mapper", NoJson.class.getName());
    StandardServiceRegistry registry = settings.build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      ENTITIES.forEach(sources::addAnnotatedClass);
      sources.buildMetadata().buildSessionFactory().close();
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }

  /** The entities map no JSON; this only satisfies Hibernate's start-up outside the server. */
  public static final class NoJson implements org.hibernate.type.format.FormatMapper {
    @Override
    public <T> T fromString(
        CharSequence text,
        org.hibernate.type.descriptor.java.JavaType<T> type,
        org.hibernate.type.descriptor.WrapperOptions options) {
      throw new UnsupportedOperationException("no JSON columns");
    }

    @Override
    public <T> String toString(
        T value,
        org.hibernate.type.descriptor.java.JavaType<T> type,
        org.hibernate.type.descriptor.WrapperOptions options) {
      throw new UnsupportedOperationException("no JSON columns");
    }
  }

  /** The persistence unit's own properties, so the check sees the same mapping (Envers too). */
  private static Map<String, String> persistenceUnitProperties() throws Exception {
    var xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(Path.of("src/main/resources/META-INF/persistence.xml").toFile());
    NodeList nodes = xml.getElementsByTagName("property");
    Map<String, String> properties = new java.util.HashMap<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element p = (Element) nodes.item(i);
      properties.put(p.getAttribute("name"), p.getAttribute("value"));
    }
    return properties;
  }
}
