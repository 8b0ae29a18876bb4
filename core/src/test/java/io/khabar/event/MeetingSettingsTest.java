package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.names;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A meeting told as the setting of another act (خلال لقائه مع، لدى استقباله) is a meeting, its
 * possessive pronoun the subject of the act (MeetingSettings); one held with the press is an
 * interview. Sentences written for the test.
 */
class MeetingSettingsTest {

  @Test
  void theSpeakerOfTheActMetThePartyAfterWith() {
    Extraction x = extract("وشدد الرئيس المصري عبد الفتاح السيسي خلال لقائه مع وزير الخارجية"
        + " الأمريكي مايك بومبيو على أهمية العلاقات.");
    List<Event> meetings = ofType(x, EventType.MEETING);
    assertEquals(1, meetings.size(), x.events().toString());
    assertEquals(Set.of("Abdel Fattah el-Sisi"),
        names(x, meetings.get(0), ParticipantRole.AGENT));
    assertTrue(names(x, meetings.get(0)).contains("Mike Pompeo"));
  }

  @Test
  void aFrontedSettingTakesTheSubjectAfterIt() {
    Extraction x = extract("وخلال لقائه الرئيس الأمريكي دونالد ترامب في البيت الأبيض، أكد أمير"
        + " قطر الشيخ تميم بن حمد أن بلاده شريك.");
    List<Event> meetings = ofType(x, EventType.MEETING);
    assertEquals(1, meetings.size(), x.events().toString());
    assertEquals(Set.of("Tamim bin Hamad Al Thani"),
        names(x, meetings.get(0), ParticipantRole.AGENT));
    assertEquals(Set.of("Donald Trump"), names(x, meetings.get(0), ParticipantRole.PARTICIPANT));
  }

  @Test
  void aSettingWithThePressIsAnInterview() {
    Extraction x = extract("وقال المدير خلال لقائه مع شبكة سي إن إن إن الأموال لا تزال باقية.");
    assertTrue(ofType(x, EventType.MEETING).isEmpty(), x.events().toString());
  }
}
