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
 * The news an article's lead tells by a verb (or a light verb's noun) with no date of its own
 * happened on the publication day (LeadEvents); a past perfect there, an event after the lead,
 * and a verbal noun alone stay undated. Sentences written for the test.
 */
class LeadEventsTest {

  @Test
  void aCallTheLeadTellsIsDatedByPublication() {
    Extraction x = extract("عمان (وكالات) – أجرى العاهل الأردني الملك عبدالله الثاني، اتصالا"
        + " هاتفيا مع الرئيس المصري عبد الفتاح السيسي. وبحث الجانبان العلاقات.");
    List<Event> calls = ofType(x, EventType.PHONE_CALL);
    assertEquals(1, calls.size(), x.events().toString());
    assertEquals(Optional.of(PUBLISHED.toString()), calls.get(0).core().date());
    assertEquals(Optional.of(DateBasis.PUBLICATION), calls.get(0).core().dateBasis());
  }

  @Test
  void aPastPerfectLeadStaysUndated() {
    Extraction x = extract("وكان الملك عبدالله الثاني قد التقى الرئيس المصري عبد الفتاح السيسي"
        + " في القاهرة.");
    assertTrue(ofType(x, EventType.MEETING).stream().allMatch(m -> m.core().date().isEmpty()),
        x.events().toString());
  }

  @Test
  void anEventAfterTheLeadIsNotDatedByIt() {
    Extraction x = extract("قال الملك عبدالله الثاني إن العلاقات متينة. والتقى الملك عبدالله"
        + " الثاني الرئيس المصري عبد الفتاح السيسي في القاهرة.");
    assertTrue(ofType(x, EventType.MEETING).stream().allMatch(m -> m.core().date().isEmpty()),
        x.events().toString());
  }

  @Test
  void aThreatenedWithdrawalInTheLeadStaysUndated() {
    Extraction x = extract("هدد الرئيس الأمريكي دونالد ترامب بانسحاب الولايات المتحدة من منظمة"
        + " التجارة العالمية.");
    assertTrue(ofType(x, EventType.WITHDRAWAL).stream().allMatch(w -> w.core().date().isEmpty()),
        x.events().toString());
  }
}
