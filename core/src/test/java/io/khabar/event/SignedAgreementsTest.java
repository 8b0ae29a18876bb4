package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.names;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An agreement noun with the clause of its signing (SignedAgreements) tells that agreement, its
 * parties named in the clause; a participle naming no side leaves no party, and the one who
 * leaves the agreement never signed it. Sentences written for the test.
 */
class SignedAgreementsTest {

  private static List<Event> asserted(Extraction x) {
    return ofType(x, EventType.AGREEMENT).stream()
        .filter(e -> e.core().modality() == Modality.ASSERTED).toList();
  }

  @Test
  void theSigningParticipleNamesBothSidesAfterBetween() {
    Extraction x = extract("وأعلن الرئيس انسحاب بلاده من الاتفاق النووي الموقع بين إيران"
        + " والولايات المتحدة في 2015.");
    List<Event> agreements = asserted(x);
    assertEquals(1, agreements.size(), x.events().toString());
    assertEquals(Set.of("Iran", "United States"), names(x, agreements.get(0)));
  }

  @Test
  void theRelativeVerbsSubjectAndItsPartnerAreTheParties() {
    Extraction x = extract("وانسحبت الولايات المتحدة من الاتفاقية التي وقعتها مصر مع قبرص عام"
        + " 2013.");
    List<Event> agreements = asserted(x);
    assertEquals(1, agreements.size(), x.events().toString());
    assertEquals(Set.of("Egypt", "Cyprus"), names(x, agreements.get(0)));
  }

  @Test
  void everySideJoinedAfterWithSigned() {
    Extraction x = extract("وتشمل الترتيبات الاتفاقية التي وقعتها البحرين مع السعودية والإمارات"
        + " والكويت قرضا ميسرا.");
    List<Event> agreements = asserted(x);
    assertEquals(1, agreements.size(), x.events().toString());
    assertEquals(Set.of("Bahrain", "Saudi Arabia", "United Arab Emirates", "Kuwait"),
        names(x, agreements.get(0)));
  }

  @Test
  void aSideAfterWithIsNoListWhenAnotherClauseFollows() {
    Extraction x = extract("وانتقد الوزير الاتفاقية التي وقعتها البحرين مع السعودية، والكويت"
        + " ترفضها.");
    List<Event> agreements = asserted(x);
    assertEquals(1, agreements.size(), x.events().toString());
    assertEquals(Set.of("Bahrain", "Saudi Arabia"), names(x, agreements.get(0)));
  }

  @Test
  void whoLeavesAnAgreementSignedWithNoSideNamedIsNoParty() {
    Extraction x = extract("ويسعى نتنياهو إلى إقناع الأوروبيين بالالتحاق بدونالد ترامب الذي"
        + " انسحب من الاتفاق النووي المبرم سنة 2015.");
    assertTrue(ofType(x, EventType.AGREEMENT).stream()
        .noneMatch(e -> names(x, e).contains("Donald Trump")), x.events().toString());
  }

  @Test
  void aPassiveRelativeVerbNamesTheSideAfterWith() {
    Extraction x = extract("وقال الوزير إن اتفاق الهدنة الذي أبرم العام الماضي مع روسيا ما زال"
        + " ساريا.");
    assertTrue(asserted(x).stream().anyMatch(e -> names(x, e).equals(Set.of("Russia"))),
        x.events().toString());
  }

  @Test
  void anAgreementNamedWithoutItsSigningStaysADocument() {
    Extraction x = extract("وأكد الوزير أن ألمانيا لن تنسحب من الاتفاق النووي رغم الضغوط.");
    assertTrue(ofType(x, EventType.AGREEMENT).isEmpty(), x.events().toString());
  }
}
