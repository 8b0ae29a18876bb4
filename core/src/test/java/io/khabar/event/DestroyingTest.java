package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Destroying is an attack only when a force destroys ground or materiel (Seizing): دمرت قوات
 * الجيش مواقع للمسلحين is one, a storm, a war or a fire destroying houses or an economy is none.
 * Sentences written for the test.
 */
class DestroyingTest {

  @Property(tries = 4)
  void aForceDestroyingMaterielIsAnAttack(@ForAll("byForce") String sentence) {
    Extraction x = extract(sentence);
    assertEquals(1, ofType(x, EventType.ATTACK).size(), x.toPrettyJson());
  }

  @Provide
  Arbitrary<String> byForce() {
    return Arbitraries.of(
        "ودمرت قوات التحالف بقيادة السعودية الأربعاء طائرتين دون طيار أطلقهما الحوثيون.",
        "وقال الجيش العراقي إنه دمر مخازن أسلحة لتنظيم داعش في محافظة الأنبار.",
        "ودمر الجيش المصري ثلاثة أنفاق على الحدود مع قطاع غزة.",
        "وقال المتحدث إن ميليشيات الحوثي دمرت آليات للجيش اليمني قرب مدينة تعز.");
  }

  @Property(tries = 4)
  void destroyingByNoForceIsNoAttack(@ForAll("noForce") String sentence) {
    Extraction x = extract(sentence);
    assertTrue(ofType(x, EventType.ATTACK).isEmpty(), x.toPrettyJson());
  }

  @Provide
  Arbitrary<String> noForce() {
    return Arbitraries.of(
        "ودمر الإعصار مئات المنازل في ولاية فلوريدا الأمريكية.",
        "وقال الخبير إن الحرب دمرت اقتصاد سوريا خلال سبع سنوات.",
        "ودمرت النيران مستودعا للأخشاب في مدينة الإسكندرية.",
        "وقالت منظمة العفو الدولية إن الميليشيات دمرت اليمن خلال ثلاث سنوات.");
  }
}
