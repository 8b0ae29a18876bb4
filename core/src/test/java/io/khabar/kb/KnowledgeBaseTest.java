package io.khabar.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {

  private static final KnowledgeBase KB = Fixtures.KB;

  private static List<String> keys(List<KbEntity> es) {
    return es.stream().map(KbEntity::key).toList();
  }

  private static List<String> mentions(String text) {
    SimpleTokens t = new SimpleTokens(text);
    return KB.names().findAll(t).stream()
        .map(m -> t.text(m) + "=" + String.join("|", keys(m.values())))
        .toList();
  }

  @Test
  void holdersFollowRoleDates() {
    assertEquals(List.of("test-bashar-al-assad"),
        keys(KB.holders(RoleType.HEAD_OF_STATE, "SY", LocalDate.of(2018, 3, 1))));
    assertEquals(List.of("test-ahmed-al-sharaa"),
        keys(KB.holders(RoleType.HEAD_OF_STATE, "SY", LocalDate.of(2026, 3, 1))));
    assertTrue(KB.holders(RoleType.HEAD_OF_STATE, "SY", LocalDate.of(2025, 1, 1)).isEmpty());
    assertEquals(List.of("test-dmitry-medvedev"),
        keys(KB.holders(RoleType.HEAD_OF_STATE, "country-ru", LocalDate.of(2010, 6, 1))));
  }

  @Test
  void partialDatesAreWidened() {
    // de Mistura: "2014-07" to "2018-12"
    assertEquals(List.of("test-staffan-de-mistura"), keys(KB.holders(RoleType.ENVOY, "un",
        Optional.of("SY"), LocalDate.of(2018, 12, 31))));
    assertEquals(List.of("test-staffan-de-mistura"), keys(KB.holders(RoleType.ENVOY, "un",
        Optional.of("SY"), LocalDate.of(2014, 7, 1))));
  }

  @Test
  void handoverDayListsTheNewHolderFirst() {
    assertEquals(List.of("test-vladimir-putin", "test-dmitry-medvedev"),
        keys(KB.holders(RoleType.HEAD_OF_STATE, "RU", LocalDate.of(2012, 5, 7))));
  }

  @Test
  void icuCountriesAreMergedWithCuratedRecords() {
    KbEntity syria = KB.country("sy").orElseThrow();
    assertEquals("Syria", syria.name());
    assertEquals(Optional.of("Q858"), syria.wikidata());
    assertTrue(syria.demonyms().contains("السوري"));
    // a country with no curated record still exists, with ICU's Arabic name
    KbEntity peru = KB.country("PE").orElseThrow();
    assertEquals(List.of("بيرو"), peru.aliases());
    assertEquals(Optional.of("PE"), peru.countryCode());
  }

  @Test
  void findsEntitiesInSentences() {
    assertEquals(List.of("فلاديمير بوتين=test-vladimir-putin", "أنطونيو غوتيريش=test-antonio-guterres",
            "الأمم المتحدة=un", "أوكرانيا=country-ua"),
        mentions("بحث فلاديمير بوتين مع أنطونيو غوتيريش دور الأمم المتحدة في أوكرانيا"));
  }

  @Test
  void findsNamesWithClitics() {
    assertEquals(List.of("بوتين=test-vladimir-putin", "لافروف=test-sergey-lavrov"),
        mentions("اجتمع وبوتين ولافروف مساء أمس"));
    assertEquals(List.of("الشرع=test-ahmed-al-sharaa", "سوريا=country-sy"),
        mentions("والتقى الوفد والشرع بشأن مستقبل سوريا"));
    assertEquals(List.of("روسيا=country-ru"), mentions("وصل الرئيس الفرنسي لروسيا"));
  }

  @Test
  void matchesSpellingVariantsAndAbbreviations() {
    assertEquals(List.of("ترمب=test-donald-trump", "ترامب=test-donald-trump"),
        mentions("قال ترمب إن إدارة ترامب ستواصل"));
    assertEquals(List.of("قسد=sdf", "داعش=isis"), mentions("وأعلنت قسد اعتقال خلية لداعش"));
    assertEquals(List.of("قوات سوريا الديمقراطية=sdf", "وكالة الأناضول=anadolu"),
        mentions("ذكرت قوات سوريا الديمقراطية لوكالة الأناضول"));
    assertEquals(List.of("أ.ف.ب=afp"), mentions("بيروت (أ.ف.ب) -"));
    assertEquals(List.of("بسكوف=test-dmitry-peskov"), mentions("وقال بسكوف للصحفيين"));
  }

  @Test
  void reportsBadLinesWithFileAndLine() {
    String data = "{\"key\":\"a\",\"type\":\"PERSON\",\"name\":\"A\",\"aliases\":[\"أ\"]}\n"
        + "\n"
        + "{\"key\":\"b\",\"type\":\"PERSN\",\"name\":\"B\"}\n";
    KbFormatException e = assertThrows(KbFormatException.class,
        () -> KnowledgeBase.builder().add("people-x.jsonl", new StringReader(data)));
    assertEquals("people-x.jsonl", e.source());
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("PERSN"), e.getMessage());
  }

  @Test
  void rejectsMalformedJsonDatesAndDuplicates() {
    assertEquals(1, assertThrows(KbFormatException.class, () -> KnowledgeBase.builder()
        .add("f", new StringReader("{\"key\":\"a\",\"type\":\"PERSON\""))).line());
    KbFormatException dates = assertThrows(KbFormatException.class, () -> KnowledgeBase.builder()
        .add("f", new StringReader("{\"key\":\"a\",\"type\":\"PERSON\",\"name\":\"A\",\"roles\":"
            + "[{\"role\":\"ENVOY\",\"of\":\"un\",\"from\":\"2020-05\",\"to\":\"2019\"}]}")));
    assertTrue(dates.getMessage().contains("ends"), dates.getMessage());
    assertThrows(KbFormatException.class, () -> KnowledgeBase.builder()
        .add("f", new StringReader("{\"key\":\"a\",\"type\":\"PERSON\",\"name\":\"A\",\"roles\":"
            + "[{\"role\":\"ENVOY\",\"of\":\"un\",\"from\":\"2020-13-01\"}]}")));
    KbFormatException dup = assertThrows(KbFormatException.class, () -> KnowledgeBase.builder()
        .add("one.jsonl", new StringReader("{\"key\":\"a\",\"type\":\"PERSON\",\"name\":\"A\"}"))
        .add("two.jsonl", new StringReader("\n{\"key\":\"a\",\"type\":\"PERSON\",\"name\":\"A\"}")));
    assertEquals("two.jsonl", dup.source());
    assertEquals(2, dup.line());
    assertTrue(dup.getMessage().contains("one.jsonl:1"), dup.getMessage());
  }

  @Test
  void validateReportsDanglingReferences() {
    KnowledgeBase kb = KnowledgeBase.builder().addIcuCountries()
        .add("f", new StringReader("{\"key\":\"x\",\"type\":\"PERSON\",\"name\":\"X\","
            + "\"aliases\":[\"إكس\"],\"roles\":[{\"role\":\"LEADER\",\"of\":\"nowhere\"}]}"))
        .build();
    assertEquals(1, kb.validate().size(), kb.validate().toString());
    assertTrue(kb.validate().get(0).contains("nowhere"));
  }
}
