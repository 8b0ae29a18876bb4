package io.khabar.event;

import com.google.common.collect.ImmutableList;
import io.khabar.ner.EntityLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A meeting told as the setting of another act — خلال لقائه، لدى استقباله، خلال اجتماعها مع، and
 * told as before or after it: قال ظريف بعد اجتماعه مع لافروف — has the act's subject as the
 * possessive pronoun: شدد ولي العهد خلال لقائه المندوبين، وخلال
 * لقائه بالرئيس الفرنسي تحدث ترامب عن … — the one who stressed or spoke is the one who met. That
 * subject, the person acting or speaking in the nearest other event of the sentence, becomes the
 * meeting's agent and whoever was read as acting becomes the other party (a medium or a body
 * reporting, وجاء ذلك بحسب الأناضول خلال استقباله, is no one who met). Linear in the number of
 * events.
 */
final class MeetingSettings {

  private MeetingSettings() {}

  /** {@code events} in text order, a setting meeting given the subject of its sentence's act. */
  static List<Event> apply(String text, EntityLayer layer, Map<String, Integer> index,
      List<Event> events) {
    List<Event> out = new ArrayList<>(events.size());
    for (int k = 0; k < events.size(); k++) {
      Event e = events.get(k);
      Optional<String> subject = isSetting(text, e) ? nearestSubject(layer, index, events, k)
          : Optional.empty();
      if (subject.isEmpty() || e.core().participants().stream()
          .anyMatch(p -> p.entity().equals(subject.get()))) {
        out.add(e);
        continue;
      }
      ImmutableList.Builder<Participant> ps = ImmutableList.builder();
      ps.add(new Participant(subject.get(), ParticipantRole.AGENT));
      for (Participant p : e.core().participants()) {
        ps.add(p.role() == ParticipantRole.AGENT
            ? new Participant(p.entity(), ParticipantRole.PARTICIPANT) : p);
      }
      out.add(EventFactory.rebuild(e, e.core().withParticipants(ps.build())));
    }
    return out;
  }

  /** A meeting whose trigger is a frame phrase: a preposition, then the possessed noun. */
  private static boolean isSetting(String text, Event e) {
    if (e.type() != EventType.MEETING) {
      return false;
    }
    String t = text.substring(e.core().trigger().start(), e.core().trigger().end());
    return t.indexOf(' ') > 0 && t.matches("^[وف]?(خلال|لدى|أثناء|اثناء) .*(ه|ها)$")
        || t.indexOf(' ') < 0 && POSSESSED.matcher(t).matches()
            && TIME_PREPOSITION.matcher(wordBefore(text, e.core().trigger().start())).matches();
  }

  /** A meeting noun with a possessive pronoun: اجتماعه، لقائها، محادثاته. */
  private static final Pattern POSSESSED = Pattern.compile(".*[^ي](ه|ها)$");
  /** بعد / قبل / عقب / إثر: the meeting is told as before or after the sentence's act. */
  private static final Pattern TIME_PREPOSITION = Pattern.compile("^[وف]?(بعد|قبل|عقب|إثر|اثر)$");

  /** The word before {@code at} in the raw text, empty at its start or after punctuation. */
  private static String wordBefore(String text, int at) {
    int end = at;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end);
  }

  /** The agent or speaker of the event of the same sentence nearest to event {@code k}. */
  private static Optional<String> nearestSubject(EntityLayer layer, Map<String, Integer> index,
      List<Event> events, int k) {
    Event e = events.get(k);
    Optional<String> best = Optional.empty();
    int bestDistance = Integer.MAX_VALUE;
    for (int j = 0; j < events.size(); j++) {
      Event o = events.get(j);
      if (j == k || !o.core().sentence().equals(e.core().sentence())) {
        continue;
      }
      int distance = Math.abs(o.core().trigger().start() - e.core().trigger().start());
      Optional<String> agent = o.core().participants().stream()
          .filter(p -> p.role() == ParticipantRole.AGENT || p.role() == ParticipantRole.SPEAKER)
          .map(Participant::entity).findFirst()
          .filter(a -> index.containsKey(a) && EntityKinds.isPerson(layer, index.get(a)));
      if (agent.isPresent() && distance < bestDistance) {
        best = agent;
        bestDistance = distance;
      }
    }
    return best;
  }
}
