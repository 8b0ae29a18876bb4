package io.khabar.event;

import static io.khabar.event.EventTestTexts.PUBLISHED;
import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An event told as going on now (حاليا، الآن after its trigger) happens on the publication day
 * (PresentEvents); an event with the adverb in another clause does not. Sentences written for
 * the test.
 */
class PresentEventsTest {

  @Test
  void aVisitGoingOnNowIsDatedByPublication() {
    Extraction x = extract("وأشادت المستشارة الألمانية أنجيلا ميركل، التي تزور الأردن حاليا،"
        + " بدور المملكة.");
    List<Event> visits = ofType(x, EventType.VISIT);
    assertEquals(1, visits.size(), x.events().toString());
    assertEquals(Optional.of(PUBLISHED.toString()), visits.get(0).core().date());
    assertEquals(Optional.of(DateBasis.PUBLICATION), visits.get(0).core().dateBasis());
  }

  @Test
  void nowInAnotherClauseDatesNothing() {
    Extraction x = extract("وكان وزير الخارجية الروسي سيرغي لافروف زار الأردن، وهو حاليا في"
        + " القاهرة.");
    assertTrue(ofType(x, EventType.VISIT).stream().allMatch(v -> v.core().date().isEmpty()),
        x.events().toString());
  }
}
