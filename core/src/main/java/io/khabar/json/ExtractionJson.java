package io.khabar.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import io.khabar.Extraction;
import io.khabar.event.Event;
import io.khabar.event.EventCore;
import io.khabar.event.Participant;
import io.khabar.ner.Entity;
import io.khabar.ner.Mention;
import io.khabar.text.Span;
import io.khabar.time.Timex;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Writes an {@link Extraction} as the output contract ({@code extraction-json.md}): field names
 * and order exactly as specified, absent values as JSON {@code null}, texts re-cut from the input
 * so that every {@code text} equals {@code input.substring(start, end)}.
 *
 * <p>Streaming writes through Jackson's generator: no intermediate tree, so a large extraction
 * costs its output size only.
 */
public final class ExtractionJson {

  private static final JsonFactory FACTORY = JsonFactory.builder().build()
      .setCharacterEscapes(new SurrogateEscapes());

  private ExtractionJson() {}

  public static String write(Extraction x, boolean pretty) {
    StringWriter out = new StringWriter(1024 + x.text().length() / 4);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      write(x, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  public static void write(Extraction x, JsonGenerator g) throws IOException {
    String text = x.text();
    g.writeStartObject();
    writeOptional(g, "document", x.document());
    writeOptional(g, "published", x.published().map(Object::toString));
    g.writeStringField("language", "ar");

    g.writeArrayFieldStart("entities");
    for (Entity e : x.entities()) {
      g.writeStartObject();
      g.writeStringField("id", e.id());
      g.writeStringField("type", e.type().name());
      g.writeStringField("name", e.name());
      writeOptional(g, "kbId", e.kbId());
      g.writeArrayFieldStart("mentions");
      for (Mention m : e.mentions()) {
        g.writeStartObject();
        writeSpanFields(g, text, m.span(), true);
        g.writeStringField("kind", m.kind().name());
        g.writeEndObject();
      }
      g.writeEndArray();
      writeOptional(g, "key", e.key());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("timexes");
    int t = 0;
    for (Timex tx : x.timexes()) {
      g.writeStartObject();
      g.writeStringField("id", "T" + (++t));
      g.writeStringField("text", tx.span().textOf(text));
      g.writeNumberField("start", tx.span().start());
      g.writeNumberField("end", tx.span().end());
      g.writeStringField("type", tx.type().name());
      writeOptional(g, "value", tx.value());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("events");
    int v = 0;
    for (Event ev : x.events()) {
      EventCore c = ev.core();
      g.writeStartObject();
      g.writeStringField("id", "V" + (++v));
      g.writeStringField("type", ev.type().name());
      writeOptional(g, "plover", ev.plover());
      writeSpan(g, "trigger", text, c.trigger(), true);
      g.writeArrayFieldStart("participants");
      for (Participant p : c.participants()) {
        g.writeStartObject();
        g.writeStringField("entity", p.entity());
        g.writeStringField("role", p.role().name());
        g.writeEndObject();
      }
      g.writeEndArray();
      writeOptional(g, "place", c.place());
      writeOptional(g, "date", c.date());
      writeOptional(g, "dateBasis", c.dateBasis().map(Enum::name));
      writeOptional(g, "timex", c.timex());
      writeSpan(g, "sentence", text, c.sentence(), false);
      g.writeNumberField("confidence", Math.round(c.confidence() * 100) / 100.0);
      g.writeStringField("modality", c.modality().name());
      if (ev instanceof Event.Sanctions s) {
        g.writeStringField("direction", s.direction().name());
      } else if (ev instanceof Event.Diplomatic d) {
        g.writeStringField("action", d.action().name());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeSpan(JsonGenerator g, String field, String text, Span span,
      boolean withText) throws IOException {
    g.writeObjectFieldStart(field);
    writeSpanFields(g, text, span, withText);
    g.writeEndObject();
  }

  private static void writeSpanFields(JsonGenerator g, String text, Span span, boolean withText)
      throws IOException {
    if (withText) {
      g.writeStringField("text", span.textOf(text));
    }
    g.writeNumberField("start", span.start());
    g.writeNumberField("end", span.end());
  }

  private static void writeOptional(JsonGenerator g, String field, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get());
    } else {
      g.writeNullField(field);
    }
  }

  /**
   * Writes every UTF-16 surrogate as a {@code \\uXXXX} escape. Paired ones stay valid JSON either
   * way, but a lone surrogate would otherwise turn into a replacement char when the output is
   * encoded as UTF-8, and every later offset in a consumer's copy of the text would drift.
   */
  private static final class SurrogateEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch >= 0xD800 && ch <= 0xDFFF) {
        return new SerializedString(String.format("\\u%04X", ch));
      }
      return null;
    }
  }
}
