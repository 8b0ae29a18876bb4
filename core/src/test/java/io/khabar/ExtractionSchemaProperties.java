package io.khabar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.khabar.event.DateBasis;
import io.khabar.event.DiplomaticAction;
import io.khabar.event.EventType;
import io.khabar.event.Modality;
import io.khabar.event.ParticipantRole;
import io.khabar.event.SanctionsDirection;
import io.khabar.kb.EntityType;
import io.khabar.ner.MentionKind;
import io.khabar.time.TimexType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the text, the extraction JSON matches {@code docs/extraction.schema.json}, the
 * contract that ships with the code; and the schema lists exactly the values of the enums the
 * code writes, so that a value added to the code without the documentation fails here.
 */
class ExtractionSchemaProperties {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate PUBLISHED = LocalDate.of(2026, 1, 29);
  private static final Schema SCHEMA = load();

  /** Sentences written for this test: every kind of time value, sanctions and embassies. */
  private static final String[] SENTENCES = {
    "التقى الرئيس السوري أحمد الشرع أمس في دمشق وزير الخارجية التركي هاكان فيدان.",
    "فرضت الولايات المتحدة يوم الثلاثاء عقوبات جديدة على شركات روسية.",
    "رفع الاتحاد الأوروبي العقوبات عن سوريا في مايو الماضي.",
    "أعادت الإمارات فتح سفارتها في دمشق بعد سبع سنوات من القطيعة.",
    "طردت فرنسا السفير الإيراني مساء الخميس.",
    "وقال وزير الخارجية الأردني أيمن الصفدي إن المحادثات ستستمر لمدة ساعتين يومياً.",
    "اجتمع الوفدان الساعة العاشرة والنصف صباحاً في الدوحة.",
    "يعتزم الرئيس الفرنسي زيارة بيروت الأسبوع المقبل.",
    "لم يلتق الرئيسان منذ ثلاث سنوات.",
    "شنت طائرات غارة على مواقع في الجنوب فجر اليوم، وتخشى الأمم المتحدة هجوماً جديداً.",
    "انسحبت القوات من البلدة خلال 15 يوماً بين 13 و15 نوفمبر 2025.",
    "وتشهد المنطقة حالياً أزمة إنسانية، ووصلت مساعدات إلى غزة في خريف 2025.",
    "أفرج الطرفان عن الأسرى في الربع الأول من العام الجاري.",
    "وفي الستينيات من القرن الماضي زار الملك الحسين القاهرة.",
  };

  private static Schema load() {
    try {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(
          Files.readString(Path.of("../docs/extraction.schema.json")), InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertMatchesSchema(String json) {
    List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);
    assertEquals(List.of(), errors.stream().map(Error::toString).toList(), json);
  }

  @Provide
  Arbitrary<String> articles() {
    return Arbitraries.of(SENTENCES).list().ofMinSize(1).ofMaxSize(8)
        .map(s -> String.join(" ", s));
  }

  @Provide
  Arbitrary<String> anything() {
    return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(200),
        Arbitraries.strings().withCharRange('\u0600', '\u06FF').withChars(' ', '.', '\n', '1')
            .ofMaxLength(200));
  }

  @Property(tries = 80)
  void everyExtractionOfNewsTextMatchesTheSchema(@ForAll("articles") String text) {
    assertMatchesSchema(ExtractorTest.EXTRACTOR.extract(text, PUBLISHED).toJson());
    assertMatchesSchema(ExtractorTest.EXTRACTOR.extract(text).withDocument("x.txt").toJson());
  }

  @Property(tries = 150)
  void everyExtractionOfAnyStringMatchesTheSchema(@ForAll("anything") String text) {
    assertMatchesSchema(ExtractorTest.EXTRACTOR.extract(text, PUBLISHED).toJson());
  }

  @Example
  void theSampleArticleAndEachWrittenSentenceMatchTheSchema() throws IOException {
    List<String> texts = new ArrayList<>(Arrays.asList(SENTENCES));
    try (var in = ExtractionSchemaProperties.class.getResourceAsStream(
        "/io/khabar/sample/sample-article.txt")) {
      texts.add(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
    for (String t : texts) {
      assertMatchesSchema(ExtractorTest.EXTRACTOR.extract(t, PUBLISHED).toJson());
    }
  }

  @Example
  void theCommandLinesErrorRecordsMatchTheSchema() {
    assertMatchesSchema("{\"document\":\"a.txt\",\"error\":\"not valid UTF-8 (byte 3)\"}");
    assertMatchesSchema("{\"document\":null,\"line\":4,\"error\":\"malformed JSON: x\"}");
  }

  @Example
  void theSchemaRejectsWhatTheContractDoesNotSay() {
    String ok = ExtractorTest.EXTRACTOR.extract(SENTENCES[0], PUBLISHED).toJson();
    for (String wrong : List.of(ok.replace("\"MEETING\"", "\"MEETIN\""),
        ok.replace("\"language\":\"ar\"", "\"language\":\"ar\",\"extra\":1"),
        ok.replace("\"kind\":\"NAME\"", "\"kind\":\"NICKNAME\""),
        "{\"document\":\"a.txt\"}")) {
      assertFalse(SCHEMA.validate(wrong, InputFormat.JSON).isEmpty(), wrong);
    }
  }

  @Example
  void theSchemaListsExactlyTheValuesOfTheCodesEnums() throws IOException {
    JsonNode defs = JSON.readTree(Files.readString(Path.of("../docs/extraction.schema.json")))
        .get("$defs");
    assertEnum(EntityType.values(), defs.at("/entity/properties/type/enum"));
    assertEnum(MentionKind.values(), defs.at("/mention/properties/kind/enum"));
    assertEnum(TimexType.values(), defs.at("/timex/properties/type/enum"));
    JsonNode event = defs.at("/event/properties");
    assertEnum(EventType.values(), event.at("/type/enum"));
    assertEnum(ParticipantRole.values(), event.at("/participants/items/properties/role/enum"));
    assertEnum(DateBasis.values(), event.at("/dateBasis/enum"));
    assertEnum(Modality.values(), event.at("/modality/enum"));
    assertEnum(SanctionsDirection.values(), event.at("/direction/enum"));
    assertEnum(DiplomaticAction.values(), event.at("/action/enum"));
  }

  private static void assertEnum(Enum<?>[] values, JsonNode listed) {
    List<String> inSchema = new ArrayList<>();
    listed.forEach(v -> {
      if (!v.isNull()) {
        inSchema.add(v.asText());
      }
    });
    assertEquals(Arrays.stream(values).map(Enum::name).sorted().toList(),
        inSchema.stream().sorted().toList(), values[0].getDeclaringClass().getSimpleName());
  }
}
