package io.khabar.kb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Parses knowledge-base JSONL: one entity object per line, blank lines skipped. Unknown fields
 * are ignored (forward compatibility); every known field is checked and a problem is reported
 * as a {@link KbFormatException} naming the source and line.
 *
 * <p>A line is read with Jackson's streaming parser into plain values ({@link String}, {@link
 * Map}, {@link List}, {@link Scalar} for numbers and booleans, {@link #NULL}), with the same
 * reading as Jackson's tree model (the first value of the line; a repeated field: the last one
 * wins) but without loading jackson-databind, whose class loading alone was about a third of a
 * second of the extractor's cold start.
 */
final class KbReader {

  private static final JsonFactory JSON = new JsonFactory();
  /** JSON {@code null}. */
  private static final Object NULL = new Object();
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
    Object value;
    try (JsonParser p = JSON.createParser(text)) {
      JsonToken first = p.nextToken();
      value = first == null ? null : value(p);
    } catch (JsonProcessingException e) {
      throw new KbFormatException(source, line, "not JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new KbFormatException(source, line, "cannot read: " + e.getMessage(), e);
    }
    if (!(value instanceof Map<?, ?> o)) {
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
    Object rs = o.get("roles");
    if (rs != null && rs != NULL) {
      if (!(rs instanceof List<?> list)) {
        throw c.error("roles must be an array");
      }
      for (Object r : list) {
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

  /** The value at the parser's current token, containers read to their end. */
  private static Object value(JsonParser p) throws IOException {
    switch (p.currentToken()) {
      case START_OBJECT: {
        Map<String, Object> o = new LinkedHashMap<>();
        for (String field; (field = p.nextFieldName()) != null; ) {
          p.nextToken();
          o.put(field, value(p));
        }
        return o;
      }
      case START_ARRAY: {
        List<Object> a = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          a.add(value(p));
        }
        return a;
      }
      case VALUE_STRING:
        return p.getText();
      case VALUE_NULL:
        return NULL;
      default: // numbers, true, false (embedded objects do not occur in text)
        return new Scalar(p.getText());
    }
  }

  /** A number or boolean, as written. */
  private record Scalar(String text) {}

  /** Compact JSON of a value, for messages. */
  private static String render(Object v) {
    if (v instanceof String s) {
      return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + '"';
    }
    if (v instanceof Scalar s) {
      return s.text();
    }
    if (v instanceof Map<?, ?> m) {
      StringBuilder b = new StringBuilder("{");
      for (Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<?, ?> e = it.next();
        b.append(render(e.getKey())).append(':').append(render(e.getValue()));
        b.append(it.hasNext() ? "," : "");
      }
      return b.append('}').toString();
    }
    if (v instanceof List<?> l) {
      StringBuilder b = new StringBuilder("[");
      for (int i = 0; i < l.size(); i++) {
        b.append(i > 0 ? "," : "").append(render(l.get(i)));
      }
      return b.append(']').toString();
    }
    return "null";
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

    String required(Map<?, ?> o, String field) {
      return optional(o, field).orElseThrow(() -> error("missing or empty '" + field + "'"));
    }

    Optional<String> optional(Map<?, ?> o, String field) {
      Object v = o.get(field);
      if (v == null || v == NULL) {
        return Optional.empty();
      }
      if (!(v instanceof String text)) {
        throw error("'" + field + "' must be a string");
      }
      String s = text.strip();
      return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    ImmutableList<String> strings(Map<?, ?> o, String field) {
      Object v = o.get(field);
      if (v == null || v == NULL) {
        return ImmutableList.of();
      }
      if (!(v instanceof List<?> list)) {
        throw error("'" + field + "' must be an array of strings");
      }
      ImmutableList.Builder<String> out = ImmutableList.builder();
      for (Object e : list) {
        if (!(e instanceof String s) || s.isBlank()) {
          throw error("'" + field + "' must hold non-empty strings, found " + render(e));
        }
        out.add(s.strip());
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

    Role role(Object value) {
      if (!(value instanceof Map<?, ?> r)) {
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
          return day(s);
        }
        if (MONTH.matcher(s).matches()) {
          YearMonth ym = month(s);
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

  /**
   * {@code LocalDate.parse} of a YYYY-MM-DD string. The fields are read directly because the
   * first use of java.time's formatters costs tens of milliseconds of class loading; a date
   * that does not exist goes through {@code parse}, for its message.
   */
  private static LocalDate day(String s) {
    try {
      return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
    } catch (DateTimeException e) {
      return LocalDate.parse(s);
    }
  }

  /** {@code YearMonth.parse} of a YYYY-MM string, as {@link #day}. */
  private static YearMonth month(String s) {
    try {
      return YearMonth.of(digits(s, 0, 4), digits(s, 5, 7));
    } catch (DateTimeException e) {
      return YearMonth.parse(s);
    }
  }

  /** The ASCII digits {@code s[from, to)} as a number. */
  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
