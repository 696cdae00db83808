package org.kamcomp.api.problem;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.kamcomp.domain.problem.FieldError;

/**
 * Reads dates and choices given in a query string, answering a value it cannot read with a 400 that
 * names the parameter and what it takes (JAX-RS would otherwise answer a bad query parameter with a
 * bare 404).
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public <T> ParamConverter<T> getConverter(
      Class<T> type, Type genericType, Annotation[] annotations) {
    String name =
        Arrays.stream(annotations)
            .filter(QueryParam.class::isInstance)
            .map(a -> ((QueryParam) a).value())
            .findFirst()
            .orElse(null);
    if (name == null) {
      return null;
    }
    if (type == LocalDate.class) {
      return (ParamConverter<T>) new Dates(name);
    }
    if (type.isEnum()) {
      return new Choices(name, type);
    }
    return null;
  }

  static BadRequestException invalid(String name, String message) {
    return new BadRequestException(
        Problem.response(400, "Invalid input", message, List.of(new FieldError(name, message))));
  }

  private record Dates(String name) implements ParamConverter<LocalDate> {
    @Override
    public LocalDate fromString(String value) {
      if (value == null || value.isBlank()) {
        return null;
      }
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw invalid(name, name + " must be a date such as 2026-03-31, not \"" + value + "\"");
      }
    }

    @Override
    public String toString(LocalDate value) {
      return value == null ? null : value.toString();
    }
  }

  private record Choices<E extends Enum<E>>(String name, Class<E> type)
      implements ParamConverter<E> {
    @Override
    public E fromString(String value) {
      if (value == null || value.isBlank()) {
        return null;
      }
      for (E choice : type.getEnumConstants()) {
        if (choice.name().equalsIgnoreCase(value.strip())) {
          return choice;
        }
      }
      throw invalid(
          name,
          name
              + " must be one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(c -> c.name().toLowerCase(Locale.ROOT))
                  .collect(Collectors.joining(", "))
              + ", not \""
              + value
              + "\"");
    }

    @Override
    public String toString(E value) {
      return value == null ? null : value.name();
    }
  }
}
