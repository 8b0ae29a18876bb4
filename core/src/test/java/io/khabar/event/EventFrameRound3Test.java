package io.khabar.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import io.khabar.Extractor;
import io.khabar.ner.Entity;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Frames of real news (issue 13, round 3): states that speak, a described noun that is the
 * subject of its verb, the agent of a nominal attack, a capital standing for its state, the
 * modality of a relative clause. Sentences written for the test.
 */
class EventFrameRound3Test {

  private static final Extractor EXTRACTOR = Extractor.createDefault();
  private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 12);

  private static Extraction extract(String text) {
    return EXTRACTOR.extract(text, PUBLISHED);
  }

  private static List<Event> ofType(Extraction x, EventType type) {
    return x.events().stream().filter(e -> e.type() == type).toList();
  }

  private static Set<String> names(Extraction x, Event e, ParticipantRole role) {
    return e.core().participants().stream().filter(p -> p.role() == role)
        .map(p -> x.entity(p.entity()).map(Entity::name).orElseThrow())
        .collect(Collectors.toSet());
  }

  private static Set<String> all(Extraction x, EventType type, ParticipantRole role) {
    return ofType(x, type).stream().flatMap(e -> names(x, e, role).stream())
        .collect(Collectors.toSet());
  }

  // ------------------------------------------------------------------ speakers

  @Test
  void aStateSpeaksThroughItsGovernment() {
    Extraction x = extract("وحضت الولايات المتحدة، الأربعاء، شركاءها في مجلس الأمن على فرض "
        + "عقوبات جديدة.");
    assertEquals(Set.of("United States"), all(x, EventType.STATEMENT, ParticipantRole.SPEAKER),
        x.toPrettyJson());
  }

  @Test
  void aCityNeverSpeaks() {
    Extraction x = extract("وأعربت القاهرة عن قلقها من التصعيد في المنطقة.");
    assertTrue(ofType(x, EventType.STATEMENT).isEmpty(), x.toPrettyJson());
  }

  @Test
  void aNounDescribedByASpeechVerbIsItsSubjectNotTheNameAfterIt() {
    Extraction x = extract("وتناقش الجمعية العامة غدا مشروع قرار قدمته الدول العربية يدين "
        + "إسرائيل بسبب العنف.");
    assertTrue(ofType(x, EventType.STATEMENT).isEmpty(), x.toPrettyJson());
    Extraction y = extract("وقدمت فرنسا تعديلا على مشروع القرار يدين إيران.");
    assertFalse(all(y, EventType.STATEMENT, ParticipantRole.SPEAKER).contains("Iran"),
        y.toPrettyJson());
  }
}
