package io.khabar.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateBodiesTest {

  private static final String YEMEN = "{\"key\": \"country-ye\", \"type\": \"LOCATION\", "
      + "\"name\": \"Yemen\", \"aliases\": [\"اليمن\"], \"subtype\": \"country\", "
      + "\"demonyms\": [\"اليمني\", \"اليمنية\"]}\n";

  private static KnowledgeBase kb(String jsonl) {
    return KnowledgeBase.builder().add("test.jsonl", new StringReader(jsonl)).build();
  }

  @Test
  void namesEachCountrysBodiesByNounAndDemonym() {
    KnowledgeBase kb = kb(YEMEN);
    KbEntity government = kb.get("gov-ye").orElseThrow();
    assertEquals("Government of Yemen", government.name());
    assertEquals(EntityType.ORGANIZATION, government.type());
    assertEquals(List.of("الحكومة اليمنية"), government.aliases());
    assertEquals(List.of("وزارة الخارجية اليمنية", "الخارجية اليمنية"),
        kb.get("mfa-ye").orElseThrow().aliases());
    assertEquals(List.of("الجيش اليمني", "القوات المسلحة اليمنية"),
        kb.get("army-ye").orElseThrow().aliases());
    assertEquals(List.of("البرلمان اليمني"), kb.get("parliament-ye").orElseThrow().aliases());
    assertTrue(StateBodies.generated(kb, government));
    assertFalse(StateBodies.generated(kb, kb.get("country-ye").orElseThrow()));
  }

  @Test
  void aCuratedEntryWithTheKeyOrAnAliasWins() {
    KnowledgeBase kb = kb(YEMEN
        + "{\"key\": \"mfa-ye\", \"type\": \"ORGANIZATION\", \"name\": \"Yemeni MFA\", "
        + "\"aliases\": [\"وزارة الخارجية والمغتربين اليمنية\"]}\n"
        + "{\"key\": \"yemeni-army\", \"type\": \"ORGANIZATION\", \"name\": \"Yemeni Army\", "
        + "\"aliases\": [\"الجيش اليمني\"]}\n");
    assertEquals("Yemeni MFA", kb.get("mfa-ye").orElseThrow().name());
    assertFalse(kb.get("army-ye").isPresent(), "الجيش اليمني already names yemeni-army");
    assertTrue(kb.get("gov-ye").isPresent());
  }

  @Test
  void aCountryWithoutDemonymsHasNone() {
    KnowledgeBase kb = kb("{\"key\": \"country-ye\", \"type\": \"LOCATION\", \"name\": "
        + "\"Yemen\", \"aliases\": [\"اليمن\"], \"subtype\": \"country\"}\n");
    assertFalse(kb.get("gov-ye").isPresent());
  }

  @Test
  void theBundledBaseHoldsTheRegionsGovernmentsWithoutDuplicatingCuratedOnes() {
    KnowledgeBase kb = KnowledgeBase.loadDefault();
    assertEquals("Government of Yemen", kb.get("gov-ye").orElseThrow().name());
    assertEquals("Presidency of Tunisia", kb.get("presidency-tn").orElseThrow().name());
    assertFalse(kb.get("gov-sy").isPresent(), "الحكومة السورية is syrian-government");
  }
}
