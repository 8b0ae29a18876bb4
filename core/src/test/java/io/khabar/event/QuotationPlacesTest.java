package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.ofType;
import static io.khabar.event.EventTestTexts.onlyAttack;
import static io.khabar.event.EventTestTexts.place;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The place a reporter adds right after a quoted attack ({@link QuotationPlaces}), and an attack
 * noun whose adjective of possibility follows its nisba adjectives ({@link Modalities}), and the
 * adjective after a place that agrees with the noun of direction before it ({@link Places}).
 * Sentences written for the test.
 */
class QuotationPlacesTest {

  @Test
  void placeAfterTheQuotedAttackIsWhereItHappened() {
    Extraction x = extract("وقال التلفزيون الرسمي إن الجيش كان \"يقصف مواقع لتنظيم داعش\"، "
        + "في ضواحي مدينة حلب.");
    assertEquals(Optional.of("Aleppo"), place(x, onlyAttack(x)), x.toPrettyJson());
  }

  @Test
  void placeOfUnitJoinedByBaAfterTheQuotation() {
    Extraction x = extract("وذكر المرصد أن الطائرات \"استهدفت مقرات تنظيم داعش\" بمدينة الرقة.");
    assertEquals(Optional.of("Raqqa"), place(x, onlyAttack(x)), x.toPrettyJson());
  }

  @Test
  void gatheringAfterTheQuotationIsWhereItWasSaid() {
    Extraction x = extract("وقال الوزير إن \"الطائرات قصفت مواقع تنظيم داعش\"، في مؤتمر صحفي في "
        + "دمشق.");
    assertTrue(place(x, onlyAttack(x)).isEmpty(), x.toPrettyJson());
  }

  @Test
  void placeAfterDirectSpeechIsWhereItWasSaid() {
    Extraction x = extract("وقال قائد الجيش: \"قصفنا مواقع تنظيم داعش في أطراف المدينة بالطائرات "
        + "والمدفعية الثقيلة طوال الليل\"، في حلب.");
    assertTrue(place(x, onlyAttack(x)).isEmpty(), x.toPrettyJson());
  }

  @Test
  void expectedAttackAcrossItsNisbaAdjective() {
    Extraction x = extract("وحشدت تركيا قواتها قبل شنها الهجوم العسكري المتوقع على منبج.");
    assertEquals(Modality.EXPECTED, onlyAttack(x).core().modality(), x.toPrettyJson());
  }

  @Test
  void attackWithItsNisbaAdjectiveAloneIsAsserted() {
    Extraction x = extract("وحشدت تركيا قواتها قبل شنها الهجوم العسكري على منبج.");
    assertEquals(Modality.ASSERTED, onlyAttack(x).core().modality(), x.toPrettyJson());
  }

  @Test
  void adjectiveOfTheSuburbsLeavesTheBarePlace() {
    Extraction x = extract("وقصفت القوات الحكومية مواقع لتنظيم داعش في ضواحي السويداء الشرقية. "
        + "وكان التنظيم قد سيطر على قرى قريبة من السويداء.");
    Event attack = ofType(x, EventType.ATTACK).get(0);
    assertEquals(Optional.of(x.entities().stream().filter(e -> e.mentions().stream()
        .anyMatch(m -> m.text().equals("السويداء"))).findFirst().orElseThrow().name()),
        place(x, attack), x.toPrettyJson());
  }

  @Test
  void adjectiveOfTheNameStaysWithIt() {
    Extraction x = extract("وهاجمت الشرطة الإسرائيلية متظاهرين في القدس الشرقية. وتعد القدس "
        + "مدينة مقدسة.");
    Event attack = ofType(x, EventType.ATTACK).get(0);
    assertTrue(place(x, attack).map(p -> !p.equals(x.entities().stream()
        .filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals("القدس")))
        .findFirst().map(io.khabar.ner.Entity::name).orElse("?"))).orElse(true),
        x.toPrettyJson());
  }
}
