package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Storms, floods and fires sweep and strike, but attack no one (issue 13): a verb of attacking
 * whose subject is a force of nature is no attack, whether the subject follows it or the clause
 * describes it; forces that sweep a town still attack it. Sentences written for the test.
 */
class NaturalForcesTest {

  @Test
  void floodsSweepingATownAreNoAttack() {
    Extraction x = extract("ولقي خمسة أشخاص حتفهم جراء الأمطار الغزيرة والفيضانات التي اجتاحت "
        + "مدينة الإسكندرية.");
    assertTrue(ofType(x, EventType.ATTACK).isEmpty(), x.toPrettyJson());
  }

  @Test
  void stormsAfterTheVerbAreNoAttack() {
    Extraction x = extract("وأغلقت السلطات مطار جنيف بعدما اجتاحت عواصف ثلجية سويسرا.");
    assertTrue(ofType(x, EventType.ATTACK).isEmpty(), x.toPrettyJson());
  }

  @Test
  void forcesSweepingATownAttackIt() {
    Extraction x = extract("وقالت إسرائيل إن قواتها اجتاحت مدينة جنين فجر الأحد.");
    assertEquals(1, ofType(x, EventType.ATTACK).size(), x.toPrettyJson());
  }
}
