package io.khabar.event;

import static io.khabar.event.EventTestTexts.EXTRACTOR;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An agreement named as a document (الاتفاق النووي، اتفاق باريس) is no act of agreeing; the act
 * is told by a verb, a relative clause or the parties' agreeing on something. Sentences written
 * for the test.
 */
class AgreementReferenceTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2018, 5, 20);

  private static List<Event> agreements(Extraction x) {
    return x.events().stream().filter(e -> e.type() == EventType.AGREEMENT).toList();
  }

  @Test
  void anAgreementQualifiedByANisbaIsADocument() {
    Extraction x = EXTRACTOR.extract(
        "وأكدت ميركل أن ألمانيا لن تنسحب من الاتفاق النووي مع إيران رغم الضغوط.", PUBLISHED);
    assertTrue(agreements(x).isEmpty(), x.toPrettyJson());
  }

  @Test
  void anAgreementNamedAfterAPlaceIsADocument() {
    Extraction x = EXTRACTOR.extract(
        "وانتقد ماكرون الانسحاب الأمريكي من اتفاق باريس للمناخ خلال كلمته أمام البرلمان.",
        PUBLISHED);
    assertTrue(agreements(x).isEmpty(), x.toPrettyJson());
  }

  @Test
  void signingANamedAgreementIsStillAnAgreement() {
    Extraction x = EXTRACTOR.extract(
        "ووقعت تركيا وروسيا اتفاقية لشراء منظومة صواريخ في موسكو أمس.", PUBLISHED);
    assertFalse(agreements(x).isEmpty(), x.toPrettyJson());
  }

  @Test
  void twoCapitalsAgreeingOnSomethingIsAnAgreement() {
    Extraction x = EXTRACTOR.extract(
        "وحذرت واشنطن من اتفاق أنقرة وموسكو على شراء بطاريات صواريخ روسية.", PUBLISHED);
    assertFalse(agreements(x).isEmpty(), x.toPrettyJson());
  }
}
