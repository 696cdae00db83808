package org.kamcomp.api.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kamcomp.domain.access.Role;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.domain.imports.ImportBatch;
import org.kamcomp.domain.imports.ImportKind;
import org.kamcomp.domain.imports.ImportRejectedException;
import org.kamcomp.domain.imports.ImportResult;
import org.kamcomp.domain.imports.ImportRow;
import org.kamcomp.domain.imports.Importer;
import org.kamcomp.domain.imports.RowError;
import org.kamcomp.domain.problem.NotFoundException;

/**
 * Imports: {@code POST /imports/{kind}} with a CSV file ({@code text/csv}, a header line naming the
 * columns) or a JSON array of objects with the same keys. Kinds: participants, accounts,
 * account-teams, assignments, targets, transactions, results. A file with any bad row is rejected
 * whole (422, every bad row with its number); the same file again changes nothing. A CSV file is
 * UTF-8 (a byte-order mark is fine); a column the file does not have leaves that field as it is, an
 * empty cell clears it (in JSON: a key left out, or null). A file over 50 MB is a 413.
 */
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.COMP_ADMIN)
public class ImportResource {

  @Inject Importer importer;
  @Inject Viewer viewer;

  @POST
  @Path("{kind}")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  public ImportResult importCsv(@PathParam("kind") String kind, byte[] csv) {
    return importer.importCsv(kindOf(kind), csv == null ? new byte[0] : csv, viewer.username());
  }

  @POST
  @Path("{kind}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ImportResult importJson(@PathParam("kind") String kind, String json) {
    ImportKind k = kindOf(kind);
    return importer.importRows(k, rowsOf(json), json, viewer.username());
  }

  /** An empty CSV file with the kind's columns, required ones first. */
  @GET
  @Path("{kind}/template")
  @Produces("text/csv")
  public String template(@PathParam("kind") String kind) {
    return kindOf(kind).header() + "\n";
  }

  /** The accepted imports, newest first. */
  @GET
  @RolesAllowed({Role.Names.COMP_ADMIN, Role.Names.AUDITOR})
  public List<Batch> batches() {
    return importer.recent().stream().map(Batch::from).toList();
  }

  /** An accepted import as the API shows it. */
  public record Batch(
      long id,
      String kind,
      String format,
      String sha256,
      int rows,
      int created,
      int updated,
      int unchanged,
      String importedBy,
      String importedAt) {
    static Batch from(ImportBatch b) {
      return new Batch(
          b.getId(),
          b.getKind().slug(),
          b.getFormat(),
          b.getSha256(),
          b.getRows(),
          b.getCreated(),
          b.getUpdated(),
          b.getUnchanged(),
          b.getImportedBy(),
          b.getImportedAt().toString());
    }
  }

  private static ImportKind kindOf(String slug) {
    ImportKind kind = ImportKind.fromSlug(slug);
    if (kind == null) {
      throw new NotFoundException(
          "There is no import of "
              + slug
              + "; the kinds are "
              + String.join(
                  ", ",
                  java.util.Arrays.stream(ImportKind.values()).map(ImportKind::slug).toList()));
    }
    return kind;
  }

  /** The rows of a JSON array of flat objects, numbered from 1; keys are the CSV column names. */
  static List<ImportRow> rowsOf(String json) {
    JsonArray array;
    try (var reader = Json.createReader(new StringReader(json == null ? "" : json))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.ARRAY) {
        throw rejected(0, "body", "An import is a JSON array of objects, one per row");
      }
      array = value.asJsonArray();
    } catch (JsonParsingException e) {
      throw rejected(
          0, "body", "The body is not valid JSON: " + e.getMessage().replaceAll("\\s+", " "));
    } catch (JsonException e) {
      throw rejected(0, "body", "The body is not valid JSON");
    }
    List<ImportRow> rows = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      int number = i + 1;
      if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
        errors.add(new RowError(number, "row", "Each row is a JSON object"));
        continue;
      }
      JsonObject object = array.getJsonObject(i);
      Map<String, String> values = new HashMap<>();
      for (var entry : object.entrySet()) {
        String key = entry.getKey().toLowerCase(Locale.ROOT);
        JsonValue v = entry.getValue();
        switch (v.getValueType()) {
          case NULL -> values.put(key, ""); // present and empty: the field is cleared
          case STRING -> values.put(key, ((JsonString) v).getString());
          case NUMBER, TRUE, FALSE -> values.put(key, v.toString());
          default -> errors.add(new RowError(number, key, "A value is text, a number or null"));
        }
      }
      rows.add(new ImportRow(number, values));
    }
    if (!errors.isEmpty()) {
      throw new ImportRejectedException(errors);
    }
    return rows;
  }

  private static ImportRejectedException rejected(int row, String field, String message) {
    return new ImportRejectedException(List.of(new RowError(row, field, message)));
  }
}
