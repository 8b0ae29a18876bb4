package io.khabar.event;

import static io.khabar.event.EventTestTexts.EXTRACTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.khabar.Extraction;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The lead's statement is today's news, not a piece of the speaker's dated statement told
 * later as background; undated continuations after a dated statement still fold into it.
 * Sentences written for the test.
 */
class LeadStatementTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2018, 5, 13);

  private static long statements(String text) {
    Extraction x = EXTRACTOR.extract(text, PUBLISHED);
    return x.events().stream().filter(e -> e.type() == EventType.STATEMENT).count();
  }

  @Test
  void leadStatementStaysBesideBackgroundInterview() {
    String text = "قال جون بولتون مستشار الأمن القومي إن الإدارة لا تسعى إلى تغيير النظام.\n"
        + "وفي مقابلة مع شبكة فوكس نيوز في يناير، قال بولتون إن العقوبات يجب أن تشدد.";
    assertEquals(2, statements(text));
  }

  @Test
  void leadStatementStaysAfterHeadline() {
    String text = "بولتون: لا نسعى إلى تغيير النظام\n"
        + "قال جون بولتون مستشار الأمن القومي إن الإدارة لا تسعى إلى تغيير النظام.\n"
        + "وفي مقابلة مع شبكة فوكس نيوز في يناير، قال بولتون إن العقوبات يجب أن تشدد.";
    assertEquals(2, statements(text));
  }

  @Test
  void continuationAfterDatedStatementFolds() {
    String text = "قال وزير الخارجية الأردني أيمن الصفدي يوم الاثنين إن الحدود ستفتح قريبا.\n"
        + "وأضاف الصفدي أن المحادثات مستمرة مع الجانب السوري.";
    assertEquals(1, statements(text));
  }
}
