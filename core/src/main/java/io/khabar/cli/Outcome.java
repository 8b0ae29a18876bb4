package io.khabar.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.khabar.Extraction;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * One document's output, ready to write: its JSON (an extraction or an error record), the name
 * its own file gets under {@code --out DIR}, and the figures the progress bar and summary count.
 *
 * @param stem the document id or file stem, before sanitising, for {@code --out DIR}
 * @param json one extraction JSON (indented under {@code --pretty}) or one error record
 * @param inputBytes the bytes of input this document took (its JSONL line or its file)
 */
record Outcome(String stem, String json, boolean failed, int entities, int events, long words,
    long inputBytes) {

  private static final JsonFactory FACTORY = new JsonFactory();

  static Outcome of(Extraction x, String stem, boolean pretty, long inputBytes) {
    return new Outcome(stem, pretty ? x.toPrettyJson() : x.toJson(), false, x.entities().size(),
        x.events().size(), WordCount.of(x.text()), inputBytes);
  }

  /** An error record in the document's place; {@code document} may be null, {@code line} 0. */
  static Outcome error(String document, int line, String stem, String message, long inputBytes) {
    return new Outcome(stem, errorRecord(document, line, message), true, 0, 0, 0, inputBytes);
  }

  /** {@code {"document": …, "line": … (when > 0), "error": …}} on one line. */
  static String errorRecord(String document, int line, String message) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      g.writeStartObject();
      if (document == null) {
        g.writeNullField("document");
      } else {
        g.writeStringField("document", document);
      }
      if (line > 0) {
        g.writeNumberField("line", line);
      }
      g.writeStringField("error", message);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
