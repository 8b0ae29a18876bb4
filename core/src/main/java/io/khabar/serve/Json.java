package io.khabar.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** The service's own small JSON bodies: errors and health. */
final class Json {

  private static final JsonFactory FACTORY = new JsonFactory();

  private Json() {}

  /** {@code {"error": message, "status": status}}. */
  static String error(int status, String message) {
    return write(g -> {
      g.writeStringField("error", message);
      g.writeNumberField("status", status);
    });
  }

  /**
   * A batch line's error in the document's place: {@code {"document": id or null, "line": n,
   * "error": message, "status": status}}, the command line's error record with the status a
   * single request would have had.
   */
  static String lineError(String document, long line, int status, String message) {
    return write(g -> {
      if (document == null) {
        g.writeNullField("document");
      } else {
        g.writeStringField("document", document);
      }
      g.writeNumberField("line", line);
      g.writeStringField("error", message);
      g.writeNumberField("status", status);
    });
  }

  /** {@code {"status": state}} and, when not null, {@code "error"}. */
  static String health(String state, String error) {
    return write(g -> {
      g.writeStringField("status", state);
      if (error != null) {
        g.writeStringField("error", error);
      }
    });
  }

  private interface Fields {
    void write(JsonGenerator g) throws IOException;
  }

  private static String write(Fields fields) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      g.writeStartObject();
      fields.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
