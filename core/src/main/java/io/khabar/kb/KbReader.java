package io.khabar.kb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Parses knowledge-base JSONL: one entity object per line, blank lines skipped. Unknown fields
 * are ignored (forward compatibility); every known field is checked and a problem is reported
 * as a {@link KbFormatException} naming the source and line.
 */
final class KbReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern KEY = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
  private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private KbReader() {}

  /** Reads every line of {@code reader}, passing each entity and its line number. */
  static void read(String source, Reader reader, BiConsumer<KbEntity, Integer> sink) {
    try (BufferedReader r = new BufferedReader(reader)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (n == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        sink.accept(parse(source, n, line), n);
      }
    } catch (IOException e) {
      throw new KbFormatException(source, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  static KbEntity parse(String source, int line, String text) {
    JsonNode o;
    try {
      o = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new KbFormatException(source, line, "not JSON: " + e.getOriginalMessage(), e);
    }
    if (o == null || !o.isObject()) {
      throw new KbFormatException(source, line, "not a JSON object");
    }
    Ctx c = new Ctx(source, line);
    String key = c.required(o, "key");
    if (!KEY.matcher(key).matches()) {
      throw c.error("key '" + key + "' is not a lower-case ASCII slug");
    }
    c.key = key;
    EntityType type = c.enumValue(EntityType.class, c.required(o, "type"), "type");
    String name = c.required(o, "name");
    Optional<String> wikidata = c.optional(o, "wikidata");
    if (wikidata.isPresent() && !QID.matcher(wikidata.get()).matches()) {
      throw c.error("wikidata '" + wikidata.get() + "' is not a Q-id");
    }
    Optional<String> country = c.optional(o, "country");
    if (country.isPresent() && !ISO2.matcher(country.get()).matches()) {
      throw c.error("country '" + country.get() + "' is not an ISO alpha-2 code");
    }
    ImmutableList.Builder<Role> roles = ImmutableList.builder();
    JsonNode rs = o.get("roles");
    if (rs != null && !rs.isNull()) {
      if (!rs.isArray()) {
        throw c.error("roles must be an array");
      }
      for (JsonNode r : rs) {
        roles.add(c.role(r));
      }
    }
    return new KbEntity(
        key,
        type,
        name,
        wikidata,
        c.strings(o, "aliases"),
        c.strings(o, "abbreviations"),
        country,
        roles.build(),
        c.optional(o, "parent"),
        c.optional(o, "subtype"),
        c.strings(o, "demonyms"));
  }

  /** Parsing context: where we are, for messages. */
  private static final class Ctx {
    final String source;
    final int line;
    String key = "?";

    Ctx(String source, int line) {
      this.source = source;
      this.line = line;
    }

    KbFormatException error(String message) {
      return new KbFormatException(source, line, "[" + key + "] " + message);
    }

    String required(JsonNode o, String field) {
      return optional(o, field).orElseThrow(() -> error("missing or empty '" + field + "'"));
    }

    Optional<String> optional(JsonNode o, String field) {
      JsonNode v = o.get(field);
      if (v == null || v.isNull()) {
        return Optional.empty();
      }
      if (!v.isTextual()) {
        throw error("'" + field + "' must be a string");
      }
      String s = v.asText().strip();
      return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    ImmutableList<String> strings(JsonNode o, String field) {
      JsonNode v = o.get(field);
      if (v == null || v.isNull()) {
        return ImmutableList.of();
      }
      if (!v.isArray()) {
        throw error("'" + field + "' must be an array of strings");
      }
      ImmutableList.Builder<String> out = ImmutableList.builder();
      for (JsonNode e : v) {
        if (!e.isTextual() || e.asText().isBlank()) {
          throw error("'" + field + "' must hold non-empty strings, found " + e);
        }
        out.add(e.asText().strip());
      }
      return out.build();
    }

    <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
      try {
        return Enum.valueOf(type, value);
      } catch (IllegalArgumentException e) {
        throw error("unknown " + field + " '" + value + "'");
      }
    }

    Role role(JsonNode r) {
      if (!r.isObject()) {
        throw error("a role must be an object");
      }
      RoleType type = enumValue(RoleType.class, required(r, "role"), "role");
      String of = required(r, "of");
      Optional<String> forCountry = optional(r, "for");
      Optional<LocalDate> from = optional(r, "from").map(d -> date(d, false));
      Optional<LocalDate> to = optional(r, "to").map(d -> date(d, true));
      if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
        throw error("role " + type + " of " + of + " ends (" + to.get() + ") before it starts ("
            + from.get() + ")");
      }
      return new Role(type, of, forCountry, optional(r, "portfolio"), from, to);
    }

    /** An ISO date, or a month or year widened to its first ({@code end=false}) or last day. */
    LocalDate date(String s, boolean end) {
      try {
        if (DAY.matcher(s).matches()) {
          return LocalDate.parse(s);
        }
        if (MONTH.matcher(s).matches()) {
          YearMonth ym = YearMonth.parse(s);
          return end ? ym.atEndOfMonth() : ym.atDay(1);
        }
        if (YEAR.matcher(s).matches()) {
          int y = Integer.parseInt(s);
          return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
        }
      } catch (DateTimeException e) {
        throw error("invalid date '" + s + "': " + e.getMessage());
      }
      throw error("date '" + s + "' is not YYYY-MM-DD, YYYY-MM or YYYY");
    }
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
