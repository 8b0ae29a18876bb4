package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import io.khabar.ner.Entity;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Where events happened (issue 13, item 4): places located by a direction noun, an attacked city,
 * the clause describing an attack, the sidelines of a gathering, an arrival; never the place of
 * a speaker's title or a nationality. Sentences written for the test.
 */
class EventPlacesTest {

  /** The places of the events of {@code type}, by name, in text order. */
  private static List<String> places(Extraction x, EventType type) {
    return ofType(x, type).stream().map(e -> e.core().place()
        .flatMap(x::entity).map(Entity::name).orElse("-")).toList();
  }

  private static Optional<String> placeOfFirst(Extraction x, EventType type) {
    List<Event> es = ofType(x, type);
    assertFalse(es.isEmpty(), x.toPrettyJson());
    return es.get(0).core().place().flatMap(x::entity).map(Entity::name);
  }

  // ------------------------------------------------------------------ attacks

  @Test
  void anAttackOnARegionHappenedThere() {
    Extraction x = extract("وشنت القوات التركية منذ أسبوعين هجوما واسعا على منطقة عفرين.");
    assertEquals(Optional.of("Afrin"), placeOfFirst(x, EventType.ATTACK), x.toPrettyJson());
  }

  @Test
  void theTownAttackedIsMoreExactThanItsProvince() {
    Extraction x = extract("وقصفت القوات الحكومية أمس بلدة خان شيخون في محافظة إدلب.");
    assertEquals(Optional.of("Khan Shaykhun"), placeOfFirst(x, EventType.ATTACK),
        x.toPrettyJson());
  }

  @Test
  void aStateAttackedIsNoPlace() {
    Extraction x = extract("وشنت إسرائيل غارات على سوريا أمس.");
    assertEquals(List.of("-"), places(x, EventType.ATTACK), x.toPrettyJson());
  }

  @Test
  void aDirectionNounLocatesWithoutFi() {
    Extraction x = extract("وأعلن الجيش العراقي مقتل عشرة مسلحين في هجوم على مواقعهم شمال "
        + "محافظة نينوى.");
    assertEquals(Optional.of("Nineveh Governorate"), placeOfFirst(x, EventType.ATTACK),
        x.toPrettyJson());
  }

  @Test
  void theOutskirtsOfACityAreAPlaceNotATarget() {
    Extraction x = extract("وشن الجيش السوري هجوما على مواقع المعارضة في الغوطة الشرقية "
        + "على أطراف دمشق.");
    Event attack = ofType(x, EventType.ATTACK).get(0);
    assertTrue(EventTestTexts.names(x, attack, ParticipantRole.TARGET).isEmpty(),
        x.toPrettyJson());
    assertEquals(Optional.of("Eastern Ghouta"), placeOfFirst(x, EventType.ATTACK),
        x.toPrettyJson());
  }

  @Test
  void theClauseDescribingRaidsTellsWhereTheyStruck() {
    Extraction x = extract("وقال الجيش الإسرائيلي إنه شنّ غارات استهدفت عشرين موقعا في قطاع غزة.");
    assertEquals(Optional.of("Gaza Strip"), placeOfFirst(x, EventType.ATTACK), x.toPrettyJson());
  }

  // ------------------------------------------------------------------ speakers

  @Test
  void thePlaceInASpeakersTitleIsNotWhereHeSpoke() {
    Extraction x = extract("وقال محمد العلي، سفير الأردن في مصر، إن البلدين يعملان على تعزيز "
        + "التعاون.");
    assertEquals(List.of("-"), places(x, EventType.STATEMENT), x.toPrettyJson());
  }

  @Test
  void aStatementOnTheSidelinesOfAGatheringWasMadeWhereItMet() {
    Extraction x = extract("وقال محمد العلي، سفير الأردن في مصر، إن البلدين يعملان على تعزيز "
        + "التعاون، وذلك في تصريح على هامش منتدى الاستثمار في أنقرة.");
    assertEquals(Optional.of("Ankara"), placeOfFirst(x, EventType.STATEMENT), x.toPrettyJson());
  }

  @Test
  void aMeetingOnTheSidelinesOfASummitWasHeldInItsCity() {
    Extraction x = extract("والتقى وزير الخارجية السعودي نظيره الأمريكي على هامش قمة العشرين "
        + "في أوساكا.");
    assertEquals(Optional.of("Osaka"), placeOfFirst(x, EventType.MEETING), x.toPrettyJson());
  }

  @Test
  void aStatementMadeFromACity() {
    Extraction x = extract("وقال وزير الخارجية الأمريكي من طوكيو إن بلاده تدعم الحوار.");
    assertEquals(Optional.of("Tokyo"), placeOfFirst(x, EventType.STATEMENT), x.toPrettyJson());
  }

  @Test
  void aCountryAfterTheSpeakerIsHisNationalityNotWhereHeSpoke() {
    Extraction x = extract("وقال الحقوقي محمد العلي من الأردن إن التقرير دقيق.");
    assertEquals(List.of("-"), places(x, EventType.STATEMENT), x.toPrettyJson());
  }

  @Test
  void theOriginOfSomethingToldIsNotWhereTheSpeakerSpoke() {
    Extraction x = extract("وأعلن الجيش الإسرائيلي سقوط قذيفتين من غزة على منطقة أشكول.");
    assertFalse(places(x, EventType.STATEMENT).contains("Gaza"), x.toPrettyJson());
  }

  // ------------------------------------------------------------------ visits

  @Test
  void aMeetingAfterAnArrivalWasHeldAtTheDestination() {
    Extraction x = extract("وكان وزير الخارجية الفرنسي قد وصل إلى بغداد صباح الأحد، والتقى رئيس "
        + "الوزراء العراقي.");
    assertEquals(Optional.of("Baghdad"), placeOfFirst(x, EventType.MEETING), x.toPrettyJson());
  }

  @Test
  void theMeetingATripIsMadeForIsHeldAtItsDestination() {
    Extraction x = extract("ومن المقرر أن يتوجه الرئيس المصري غدا إلى الرياض للقاء الملك سلمان.");
    assertEquals(Optional.of("Riyadh"), placeOfFirst(x, EventType.MEETING), x.toPrettyJson());
  }

  @Test
  void theCityVisitedIsMoreExactThanItsCountry() {
    Extraction x = extract("وزار الرئيس التركي موسكو الشهر الماضي في أول زيارة له إلى روسيا منذ "
        + "عامين، حيث التقى الرئيس الروسي فلاديمير بوتين.");
    assertEquals(Optional.of("Moscow"), placeOfFirst(x, EventType.MEETING), x.toPrettyJson());
  }

  @Test
  void aReceptionUponArrivalTookPlaceAtTheDestination() {
    Extraction x = extract("وكان وزير الخارجية العراقي في استقبال الرئيس الفرنسي لدى وصوله إلى "
        + "بغداد صباح اليوم.");
    assertEquals(Optional.of("Baghdad"), placeOfFirst(x, EventType.MEETING), x.toPrettyJson());
  }

  @Test
  void aGatheringHostedInACityIsHeldThere() {
    Extraction x = extract("ومن المقرر أن تستضيف فرنسا مؤتمرا دوليا حول لبنان في باريس الشهر "
        + "المقبل.");
    assertEquals(Optional.of("Paris"), placeOfFirst(x, EventType.MEETING), x.toPrettyJson());
  }

  @Test
  void whatIsToldAfterTheReturnIsNotAtTheDestination() {
    Extraction x = extract("وكان الوزير محمد العلي قد توجه إلى دمشق قبل أن يعود إلى عمان ويؤكد "
        + "أن الزيارة ناجحة.");
    assertFalse(places(x, EventType.STATEMENT).contains("Damascus"), x.toPrettyJson());
  }

  /** Whatever the number of words between the direction noun and the city, no event is lost. */
  @Property(tries = 12)
  void aDirectionNounNeverTurnsAnAttackIntoNone(@ForAll @IntRange(min = 0, max = 2) int words) {
    String filler = " الواقعة".repeat(words);
    Extraction x = extract("وشنت القوات التركية هجوما على مواقع" + filler + " جنوب مدينة عفرين.");
    assertEquals(1, ofType(x, EventType.ATTACK).size(), x.toPrettyJson());
  }
}
