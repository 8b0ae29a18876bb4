package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.names;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/**
 * Taking control is an attack only when a force takes ground (Seizing): سيطرت القوات على بلدة is
 * one, control of a fire, a market or a situation is none. Sentences written for the test.
 */
class SeizingTest {

  @Test
  void aForceTakingATownIsAnAttack() {
    Extraction x = extract("سيطرت قوات سوريا الديمقراطية على مدينة الرقة بعد معارك عنيفة.");
    List<Event> attacks = ofType(x, EventType.ATTACK);
    assertTrue(attacks.stream().anyMatch(e -> names(x, e).contains("Syrian Democratic Forces")),
        x.toPrettyJson());
  }

  @Test
  void controlAcrossAnAdjectiveIsStillTaken() {
    Extraction x = extract("وكانت قوات الجيش اليمني أحكمت سيطرتها الكاملة على سلسلة جبال الأزهور "
        + "في مديرية رازح.");
    assertEquals(1, ofType(x, EventType.ATTACK).size(), x.toPrettyJson());
  }

  @Property(tries = 4)
  void controlOfNoGroundOrByNoForceIsNoAttack(@ForAll("noGround") String sentence) {
    Extraction x = extract(sentence);
    assertTrue(ofType(x, EventType.ATTACK).isEmpty(), x.toPrettyJson());
  }

  @Provide
  Arbitrary<String> noGround() {
    return Arbitraries.of(
        "تمكنت فرق الإطفاء من السيطرة على الحريق في مدينة جدة.",
        "سيطرت شركة أبل على سوق الهواتف الذكية في الصين.",
        "وقالت الشرطة العراقية إنها سيطرت على الوضع في مدينة البصرة.",
        "وأعلنت قوات الأمن العراقية السيطرة على أعمال الشغب في البصرة.");
  }
}
