package io.khabar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A leading byte-order mark (U+FEFF, which editors and Windows tools put at the start of UTF-8
 * files) is not text: the extraction is the same as without it, every offset one further on.
 */
class ByteOrderMarkTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate PUBLISHED = LocalDate.of(2026, 1, 29);

  /**
   * Written for this test: a headline line (an event there is folded into the same event in the
   * body, which a mark in front of the headline used to prevent), a dateline, then a dated phone
   * call, a meeting and a statement.
   */
  private static final String ARTICLE = "الصفدي يبحث مع فيدان هاتفياً ملف اللاجئين السوريين\n"
      + "عمان - (بترا)\n"
      + "بحث وزير الخارجية الأردني أيمن الصفدي أمس في اتصال هاتفي مع وزير الخارجية التركي"
      + " هاكان فيدان ملف اللاجئين السوريين. والتقى الرئيس السوري أحمد الشرع في دمشق الثلاثاء"
      + " وفدا أردنيا. وقال الصفدي إن عمان ترحب بالاتفاق.";

  @Test
  void aLeadingByteOrderMarkChangesNothingButTheOffsets() throws IOException {
    Extraction plain = ExtractorTest.EXTRACTOR.extract(ARTICLE, PUBLISHED);
    Extraction marked = ExtractorTest.EXTRACTOR.extract("\uFEFF" + ARTICLE, PUBLISHED);
    assertTrue(plain.events().size() >= 3, plain.toJson());
    assertEquals("\uFEFF" + ARTICLE, marked.text(), "the text is kept as given");

    JsonNode expected = JSON.readTree(plain.toJson());
    JsonNode shiftedBack = shift(JSON.readTree(marked.toJson()), -1);
    assertEquals(expected.get("entities"), shiftedBack.get("entities"));
    assertEquals(expected.get("timexes"), shiftedBack.get("timexes"));
    assertEquals(expected.get("events"), shiftedBack.get("events"));
    for (JsonNode e : JSON.readTree(marked.toJson()).get("entities")) {
      for (JsonNode m : e.get("mentions")) {
        assertEquals(m.get("text").asText(), marked.text().substring(m.get("start").asInt(),
            m.get("end").asInt()), "offsets index the text as given");
      }
    }
  }

  @Test
  void aByteOrderMarkAloneIsAnEmptyText() {
    Extraction x = ExtractorTest.EXTRACTOR.extract("\uFEFF", PUBLISHED);
    assertEquals(0, x.entities().size() + x.timexes().size() + x.events().size());
  }

  @Test
  void aByteOrderMarkInsideTheTextIsLeftAsItIs() {
    // only a leading mark is a byte-order mark; elsewhere U+FEFF is a (deprecated) zero-width
    // no-break space and the text is read as given
    String text = "قال بوتين إن روسيا مستعدة.\uFEFF";
    assertEquals(ExtractorTest.EXTRACTOR.extract(text.substring(0, text.length() - 1), PUBLISHED)
        .entities().size(), ExtractorTest.EXTRACTOR.extract(text, PUBLISHED).entities().size());
  }

  /** Adds {@code by} to every {@code start} and {@code end} in the tree. */
  private static JsonNode shift(JsonNode node, int by) {
    if (node.isObject()) {
      ObjectNode o = (ObjectNode) node;
      for (Map.Entry<String, JsonNode> f : o.properties()) {
        if ((f.getKey().equals("start") || f.getKey().equals("end")) && f.getValue().isInt()) {
          f.setValue(IntNode.valueOf(f.getValue().asInt() + by));
        } else {
          shift(f.getValue(), by);
        }
      }
    } else if (node.isArray()) {
      node.forEach(n -> shift(n, by));
    }
    return node;
  }
}
