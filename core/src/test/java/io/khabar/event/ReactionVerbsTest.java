package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Verbs of reacting (defending, expressing, replying, apologising, warning) are statements when
 * said by someone; their other senses (the preposition عبر "via", a noun of reply) are not, nor
 * is a verb of knowing read impersonally before أن (تبين أن "it became clear that").
 */
class ReactionVerbsTest {

  private static List<Event> statements(Extraction x) {
    return x.events().stream().filter(e -> e.type() == EventType.STATEMENT).toList();
  }

  @Test
  void defendingSomeoneInWordsIsAStatement() {
    Extraction x = extract("دافع الرئيس الأمريكي دونالد ترامب عن قراره الانسحاب من الاتفاق النووي.");
    assertEquals(1, statements(x).size(), x.toPrettyJson());
  }

  @Test
  void apologisingAndWarningAreStatements() {
    Extraction x = extract("واعتذر وزير الخارجية الفلبيني آلان كايتانو الأسبوع الماضي عن الحادث.");
    assertEquals(1, statements(x).size(), x.toPrettyJson());
    Extraction y = extract("وأنذر وزير المالية الكويتي نايف الحجرف في بيان رسمي من نفاد سيولة الصندوق.");
    assertEquals(1, statements(y).size(), y.toPrettyJson());
  }

  @Test
  void expressingWithTheSubjectBetweenIsAStatement() {
    Extraction x = extract("وعبرت دولة الإمارات العربية المتحدة عن دعمها للمغرب.");
    assertEquals(1, statements(x).size(), x.toPrettyJson());
  }

  @Test
  void viaIsNoExpressing() {
    Extraction x = extract("ونقلت الصور عبر الأقمار الصناعية عن بعد.");
    assertTrue(statements(x).isEmpty(), x.toPrettyJson());
  }

  @Test
  void crossingTheBorderIsNoStatement() {
    Extraction x = extract("وعبرت القوات التركية الحدود السورية فجر الأحد.");
    assertTrue(statements(x).isEmpty(), x.toPrettyJson());
  }

  @Test
  void aReactionNounIsNoReply() {
    Extraction x = extract("وتستعد إسرائيل لرد إيراني على قصفها لمواقع عسكرية قرب حمص.");
    assertTrue(statements(x).isEmpty(), x.toPrettyJson());
  }

  @Test
  void itBecameClearThatHasNoSpeaker() {
    Extraction x = extract("وفي دراسة جامعة هارفارد الأخيرة، تبين أن الفجوة تضيق بين الفئتين.");
    assertTrue(statements(x).isEmpty(), x.toPrettyJson());
    Extraction y = extract("ويحيي الفنان محمد عبده حفلا في دار الأوبرا المصرية يتوقع أن يغني فيه أغانيه الجديدة.");
    assertTrue(statements(y).isEmpty(), y.toPrettyJson());
  }

  @Test
  void aNamedSpeakerBeforeThatStillSpeaks() {
    Extraction x = extract("ويتوقع صندوق النقد الدولي أن ينمو الاقتصاد المصري بنسبة خمسة في المئة.");
    assertEquals(1, statements(x).size(), x.toPrettyJson());
  }
}
