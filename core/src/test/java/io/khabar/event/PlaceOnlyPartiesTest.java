package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import org.junit.jupiter.api.Test;

/**
 * A visit or a meeting whose only parties are places names no one who went or met
 * (PlaceOnlyParties); two states meeting, a state hosting a gathering and a named traveller
 * still tell one. Sentences written for the test.
 */
class PlaceOnlyPartiesTest {

  @Test
  void aVisitOfPlacesOnlyNamesNoTraveller() {
    Extraction x = extract("واعتقل الرجل أثناء زيارة لغينيا الاستوائية في مايو، ثم سلم لإسرائيل.");
    assertTrue(ofType(x, EventType.VISIT).isEmpty(), x.events().toString());
  }

  @Test
  void aCountryLeftForAnotherIsNoVisitor() {
    Extraction x = extract("وقالت الفتاة إنها توجهت إلى تركيا وانتقلت بعدها إلى سوريا.");
    assertTrue(ofType(x, EventType.VISIT).isEmpty(), x.events().toString());
  }

  @Test
  void aNamedTravellerStillVisits() {
    Extraction x = extract("وزار الرئيس الفرنسي إيمانويل ماكرون الجزائر يوم الأربعاء.");
    assertFalse(ofType(x, EventType.VISIT).isEmpty(), x.events().toString());
  }

  @Test
  void aSummitNamedByItsCityNamesNoOneWhoMet() {
    Extraction x = extract("وأكدت الإدارة الأمريكية قبل قمة سنغافورة أن نزع السلاح يجب أن يبدأ"
        + " فورا.");
    assertTrue(ofType(x, EventType.MEETING).isEmpty(), x.events().toString());
  }

  @Test
  void aNationalTeamMeetingAnotherIsNoMeetingOfOneState() {
    Extraction x = extract("ويجتمع رئيس النادي مع قائد منتخب البرتغال لاحقا.");
    assertTrue(ofType(x, EventType.MEETING).stream().allMatch(e -> e.core().participants()
        .size() > 1), x.events().toString());
  }

  @Test
  void twoStatesTalkingAreParties() {
    Extraction x = extract("ونفى البيت الأبيض أن تكون الولايات المتحدة قد بحثت مع إسرائيل خطة"
        + " لضم مستوطنات.");
    assertFalse(ofType(x, EventType.MEETING).isEmpty(), x.events().toString());
  }

  @Test
  void aStateHostingAGatheringTakesPart() {
    Extraction x = extract("وشاركت أربعة وفود في اجتماع استضافته فرنسا يوم الثلاثاء.");
    assertFalse(ofType(x, EventType.MEETING).isEmpty(), x.events().toString());
  }
}
