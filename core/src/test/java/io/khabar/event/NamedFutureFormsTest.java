package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A name spelt like a future verb (سيرغي، ستيفاني: س + ي/ت + a stem) is no future cue once the
 * entity stage has found it: the weekday after it stays in the past and the verb of a relative
 * clause on it is no plan. A real future verb still points forward. Published Thursday
 * 2026-03-12; sentences written for the test.
 */
class NamedFutureFormsTest {

  @Test
  void aWeekdayAfterSergeiIsThePastOne() {
    Extraction x = extract("التقى الرئيس الروسي فلاديمير بوتين وزير الخارجية سيرغي لافروف "
        + "الثلاثاء.");
    Event meeting = ofType(x, EventType.MEETING).get(0);
    assertEquals(Optional.of("2026-03-10"), meeting.core().date(), x.toPrettyJson());
    assertEquals(Modality.ASSERTED, meeting.core().modality(), x.toPrettyJson());
  }

  @Test
  void aRelativeClauseOnANameIsNoPlan() {
    Extraction x = extract("ومن بين النساء الممثلة الأمريكية ستيفاني كليفورد، التي تقول إنها "
        + "التقت ترامب عام 2006.");
    assertTrue(ofType(x, EventType.STATEMENT).stream()
        .noneMatch(e -> e.core().modality() == Modality.PLANNED), x.toPrettyJson());
  }

  @Test
  void aFutureVerbStillPointsForward() {
    Extraction x = extract("سيلتقي الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان "
        + "الثلاثاء.");
    Event meeting = ofType(x, EventType.MEETING).get(0);
    assertEquals(Optional.of("2026-03-17"), meeting.core().date(), x.toPrettyJson());
    assertEquals(Modality.PLANNED, meeting.core().modality(), x.toPrettyJson());
  }
}
