package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Verbs whose event is decided by their object (split-triggers.tsv): freezing trade or suspending
 * imports is a sanction, freezing relations a diplomatic act, commenting (علق على) a statement;
 * reaching a truce or a deal is an agreement; giving a sum of money is aid. Sentences written for
 * the test.
 */
class ObjectFramedTriggersTest {

  @Test
  void freezingTradeIsASanction() {
    Extraction x = extract("وجمدت السعودية العلاقات التجارية مع كندا بعد انتقادات كندية.");
    assertEquals(1, ofType(x, EventType.SANCTIONS).size(), x.toPrettyJson());
    assertTrue(ofType(x, EventType.DIPLOMATIC).isEmpty(), x.toPrettyJson());
  }

  @Test
  void freezingRelationsStaysDiplomatic() {
    Extraction x = extract("وجمدت السعودية العلاقات مع كندا بعد انتقادات كندية.");
    assertTrue(ofType(x, EventType.SANCTIONS).isEmpty(), x.toPrettyJson());
  }

  @Test
  void suspendingImportsIsASanction() {
    Extraction x = extract("وعلقت روسيا واردات الفاكهة من مصر في عام 2016.");
    assertEquals(1, ofType(x, EventType.SANCTIONS).size(), x.toPrettyJson());
  }

  @Test
  void commentingIsNoSanction() {
    Extraction x = extract("وعلقت روسيا على قرار مصر وقف الواردات.");
    assertTrue(ofType(x, EventType.SANCTIONS).isEmpty(), x.toPrettyJson());
  }

  @Test
  void reachingATruceIsAnAgreement() {
    Extraction x = extract("وتوصلت حركة حماس وإسرائيل إلى تهدئة بوساطة مصرية.");
    assertEquals(1, ofType(x, EventType.AGREEMENT).size(), x.toPrettyJson());
  }

  @Test
  void givingASumIsAid() {
    Extraction x = extract("وأعلنت السعودية تقديم 100 مليون دولار لدعم اليمن.");
    assertEquals(1, ofType(x, EventType.AID).size(), x.toPrettyJson());
  }

  @Test
  void anOfferWorthASumIsNoAid() {
    Extraction x = extract("وقدمت شركة أبل عرضا لشراء الشركة بقيمة 300 مليون دولار.");
    assertTrue(ofType(x, EventType.AID).isEmpty(), x.toPrettyJson());
  }
}
