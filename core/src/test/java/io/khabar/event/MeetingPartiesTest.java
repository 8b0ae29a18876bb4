package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.names;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who met, wrote to whom and who visited: a country naming a title is no party (Arguments), a
 * preposition closing the trigger phrase still governs the name after it (Arguments), a time
 * aside does not part a meeting noun from its مع (Frames), a meeting told as before or after the
 * sentence's act has that act's subject (MeetingSettings), and a verb of ending takes the visit
 * after it as its object (argument-cues LIGHT_VERB), and "we" in what is said is the speaker's
 * side (SpeakerSide). Sentences written for the test.
 */
class MeetingPartiesTest {

  @Test
  void aCountryNamingTheTitleIsNoPartyAndTheCoordinatedPersonIs() {
    Extraction x = extract("التقى السيسي بملكة بريطانيا اليزابيث الثانية ورئيسة الحكومة تيريزا"
        + " ماي.");
    List<Event> meetings = ofType(x, EventType.MEETING);
    assertEquals(1, meetings.size(), x.events().toString());
    assertEquals(Set.of("Queen Elizabeth II", "Theresa May"),
        names(x, meetings.get(0), ParticipantRole.PARTICIPANT));
  }

  @Test
  void aCityAfterFiBeforeTheNameIsWhereTheyMet() {
    Extraction x = extract("التقى السيسي في لندن تيريزا ماي.");
    Event meeting = ofType(x, EventType.MEETING).get(0);
    assertEquals(Set.of("Theresa May"), names(x, meeting, ParticipantRole.PARTICIPANT));
    assertTrue(meeting.core().place().isPresent(), meeting.toString());
  }

  @Test
  void theCountryALetterIsAddressedToReceivesIt() {
    Extraction x = extract("وجه وزير الدولة الإماراتي للشؤون الخارجية أنور قرقاش، الأحد، رسالة"
        + " إلى لبنان.");
    Event message = ofType(x, EventType.MESSAGE).get(0);
    assertEquals(Set.of("Lebanon"), names(x, message, ParticipantRole.RECIPIENT));
    assertTrue(names(x, message, ParticipantRole.AGENT).isEmpty(), message.toString());
  }

  @Test
  void theOneALetterIsFromSentIt() {
    Extraction x = extract("سلم وزير الخارجية المغربي ناصر بوريطة الأربعاء الأمين العام للأمم"
        + " المتحدة أنطونيو غوتيريس رسالة خطية من الملك محمد السادس.");
    Event message = ofType(x, EventType.MESSAGE).get(0);
    assertEquals(Set.of("King Mohammed VI"), names(x, message, ParticipantRole.AGENT));
  }

  @Test
  void aMeetingAfterWhichHeSpokeIsHisEvenWithADateAside() {
    Extraction x = extract("وقال ظريف بعد اجتماعه، مساء أمس السبت، مع وزير الخارجية الروسي"
        + " سيرغي لافروف إن المحادثات كانت مثمرة.");
    List<Event> meetings = ofType(x, EventType.MEETING);
    assertEquals(1, meetings.size(), x.events().toString());
    assertEquals(Set.of("Mohammad Javad Zarif"),
        names(x, meetings.get(0), ParticipantRole.AGENT));
    assertEquals(Set.of("Sergey Lavrov"), names(x, meetings.get(0), ParticipantRole.PARTICIPANT));
    assertEquals(Optional.of("2026-03-11"), meetings.get(0).core().date());
  }

  @Test
  void aMeetingNounWithADateAndNoPartyIsAReferenceBack() {
    Extraction x = extract("وقال ظريف إن الاجتماع، مساء أمس السبت، كان مثمرا.");
    assertTrue(ofType(x, EventType.MEETING).isEmpty(), x.events().toString());
  }

  @Test
  void whoEndedAVisitMadeIt() {
    Extraction x = extract("وأنهى الرئيس الفرنسي إيمانويل ماكرون الجمعة زيارة إلى الصين.");
    List<Event> visits = ofType(x, EventType.VISIT);
    assertEquals(1, visits.size(), x.events().toString());
    assertEquals(Set.of("Emmanuel Macron"), names(x, visits.get(0), ParticipantRole.AGENT));
    assertEquals(Optional.of("2026-03-06"), visits.get(0).core().date());
  }

  @Test
  void weAgreedInAQuotationIsTheSpeakersSide() {
    Extraction x = extract("وقال أردوغان: لقد اتفقنا مع روسيا على إقامة منطقة منزوعة السلاح.");
    Event agreement = ofType(x, EventType.AGREEMENT).get(0);
    assertEquals(Set.of("Recep Tayyip Erdoğan"), names(x, agreement, ParticipantRole.AGENT));
    assertEquals(Set.of("Russia"), names(x, agreement, ParticipantRole.PARTICIPANT));
  }

  @Test
  void aThirdPersonAgreementInWhatIsSaidKeepsItsOwnSubject() {
    Extraction x = extract("وقال أردوغان إن روسيا اتفقت مع إيران على التهدئة.");
    Event agreement = ofType(x, EventType.AGREEMENT).get(0);
    assertEquals(Set.of("Russia"), names(x, agreement, ParticipantRole.AGENT));
  }
}
