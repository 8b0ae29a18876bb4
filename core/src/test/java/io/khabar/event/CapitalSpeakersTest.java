package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.speakers;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import org.junit.jupiter.api.Test;

/**
 * A capital that is the subject of a speech verb speaks for its state; a capital anywhere else
 * in the clause speaks for no one (issue 13, {@link CapitalSpeakers}). Sentences written for the
 * test.
 */
class CapitalSpeakersTest {

  @Test
  void aCapitalAfterTheSpeechVerbSpeaks() {
    Extraction x = extract("ونفت موسكو هذه الاتهامات جملة وتفصيلا.");
    assertTrue(speakers(x).stream().anyMatch(s -> s.contains("Moscow") || s.contains("Russia")),
        x.toPrettyJson());
  }

  @Test
  void aCapitalAcrossADateSpeaks() {
    Extraction x = extract("أعلنت سيول، الخميس، أن وفدا رياضيا سيحضر حفل الختام.");
    assertFalse(speakers(x).isEmpty(), x.toPrettyJson());
  }

  @Test
  void aCapitalBeforeTheSpeechVerbSpeaks() {
    Extraction x = extract("لكن الرياض أعلنت خلال الأسبوع الجاري أنها ستعيد النظر في العقود.");
    assertFalse(speakers(x).isEmpty(), x.toPrettyJson());
  }

  @Test
  void aCapitalThatTheSpeakerWarnsIsNoSpeaker() {
    Extraction x = extract("وحذر المندوب الروسي واشنطن من أنها ستتحمل المسؤولية.");
    assertTrue(speakers(x).stream().noneMatch(s -> s.contains("Washington")
        || s.contains("United States")), x.toPrettyJson());
  }

  @Test
  void aCapitalAfterACommonNounSubjectIsNoSpeaker() {
    Extraction x = extract("وطالب الأكراد دمشق بالتدخل لحماية المدينة.");
    assertTrue(speakers(x).isEmpty(), x.toPrettyJson());
  }

  @Test
  void aCapitalInAReportedClauseIsNoSecondSpeaker() {
    Extraction x = extract("وقال الوزير إن موسكو ترفض الاتهامات.");
    assertTrue(speakers(x).isEmpty(), x.toPrettyJson());
  }

  @Test
  void aCityThatIsNoCapitalNeverSpeaks() {
    Extraction x = extract("وقالت البصرة إن المياه ستعود إلى الأحياء غدا.");
    assertTrue(speakers(x).isEmpty(), x.toPrettyJson());
  }
}
