package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.khabar.Extraction;
import io.khabar.ner.Entity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Where a statement was made (issue 13): only where the text says it was said — after the
 * speaker, before the words, or in a phrase of place opening the clause. Never the seat of the
 * speaking body, a place in what was said, nor the place ending a clause before the verb.
 * Sentences written for the test.
 */
class SpeechPlacesTest {

  private static Optional<String> statementPlace(Extraction x) {
    List<Event> statements = ofType(x, EventType.STATEMENT);
    assertEquals(1, statements.size(), x.toPrettyJson());
    return statements.get(0).core().place().flatMap(x::entity).map(Entity::name);
  }

  @Test
  void aPlaceAfterTheSpeakerBeforeHisWordsIsWhereHeSpoke() {
    Extraction x = extract("وقال الرئيس التركي رجب طيب أردوغان في إسطنبول إن الشرطة تحقق في "
        + "اختفاء الصحفي.");
    assertEquals(Optional.of("Istanbul"), statementPlace(x), x.toPrettyJson());
  }

  @Test
  void aPlaceOpeningTheClauseIsWhereHeSpoke() {
    Extraction x = extract("وفي موسكو، قال المتحدث باسم الكرملين دميتري بيسكوف إن روسيا لن ترد.");
    assertEquals(Optional.of("Moscow"), statementPlace(x), x.toPrettyJson());
  }

  @Test
  void theSeatOfTheSpeakingBodyIsNotWhereItSpoke() {
    Extraction x = extract("قال التحالف العربي لدعم الشرعية في اليمن، الجمعة، إن الحوثيين "
        + "يعطلون دخول السفن.");
    assertEquals(Optional.empty(), statementPlace(x), x.toPrettyJson());
  }

  @Test
  void aPlaceEndingTheClauseBeforeTheVerbIsNotWhereItWasSaid() {
    Extraction x = extract("وتعرض عميل روسي سابق لعملية تسميم في إنجلترا، اتهمت بريطانيا روسيا "
        + "بالمسؤولية عنها.");
    assertEquals(Optional.empty(), statementPlace(x), x.toPrettyJson());
  }

  @Test
  void aPlaceInTheWordsIsNotWhereTheyWereSaid() {
    Extraction x = extract("قالت المتحدثة باسم الخارجية الروسية الخميس إن العملية في الغوطة "
        + "الشرقية توشك على الانتهاء.");
    assertEquals(Optional.empty(), statementPlace(x), x.toPrettyJson());
  }
}
