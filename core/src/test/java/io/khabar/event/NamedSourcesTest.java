package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.khabar.Extraction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The person a report names after the unnamed source of its lead goes on telling that source's
 * dated saying (NamedSources); a speaker the text named before keeps the publication date.
 * Sentences written for the test; published on a Thursday, 2026-03-12.
 */
class NamedSourcesTest {

  @Test
  void thePersonNamedAfterAnUnnamedSourceTakesItsDay() {
    Extraction x = extract("قال مسؤول روسي، الأربعاء، إن القوات انسحبت من المدينة. وقال وزير"
        + " الخارجية الروسي سيرغي لافروف إن الانسحاب جاء بعد مفاوضات طويلة.");
    List<Event> said = ofType(x, EventType.STATEMENT);
    assertEquals(1, said.size(), x.events().toString());
    assertEquals(Optional.of("2026-03-11"), said.get(0).core().date());
    assertEquals(Optional.of(DateBasis.TEXT), said.get(0).core().dateBasis());
  }

  @Test
  void aSpeakerNamedBeforeTheSourceKeepsThePublicationDate() {
    Extraction x = extract("التقى سيرغي لافروف نظيره التركي في موسكو. وقال مسؤول روسي، الأربعاء،"
        + " إن اللقاء كان مثمرا. وقال لافروف إن العلاقات بين البلدين متينة.");
    List<Event> said = ofType(x, EventType.STATEMENT);
    assertEquals(1, said.size(), x.events().toString());
    assertEquals(Optional.of(DateBasis.PUBLICATION), said.get(0).core().dateBasis());
  }

  @Test
  void aSourceThatDeniesNothingDatedGivesNoDay() {
    Extraction x = extract("ولم يؤكد مسؤول روسي، الأربعاء، انسحاب القوات من المدينة. وقال وزير"
        + " الخارجية الروسي سيرغي لافروف إن المفاوضات مستمرة.");
    List<Event> said = ofType(x, EventType.STATEMENT);
    assertEquals(1, said.size(), x.events().toString());
    assertEquals(Optional.of(DateBasis.PUBLICATION), said.get(0).core().dateBasis());
  }
}
