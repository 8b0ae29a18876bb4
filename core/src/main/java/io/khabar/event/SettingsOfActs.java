package io.khabar.event;

import com.google.common.collect.ImmutableList;
import io.khabar.ner.ProcliticStripper;
import io.khabar.token.AnalyzedText;
import java.util.Optional;
import java.util.Set;

/**
 * An event told as the setting of another act — a noun after خلال / أثناء (وقال ماكرون خلال
 * زيارة رسمية إلى أستراليا، وأكد خلال اجتماعه مع …) — was going on when that act was done: with
 * no date of its own it takes the date of the act it sets, the nearest event before it in its
 * sentence that shares one of its parties, with that act's basis (a statement dated by
 * publication makes its setting the publication day too). Applied last, once statements are
 * dated. Linear in the number of events of a sentence.
 */
final class SettingsOfActs {

  private final Set<String> setting;
  private final Set<String> timePrepositions;

  SettingsOfActs(Cues cues) {
    this.setting = cues.setting;
    this.timePrepositions = cues.timePrepositions;
  }

  ImmutableList<Event> apply(AnalyzedText text, ImmutableList<Event> events) {
    ImmutableList.Builder<Event> out = ImmutableList.builder();
    for (int k = 0; k < events.size(); k++) {
      Event e = events.get(k);
      EventCore c = e.core();
      if (e.type() != EventType.STATEMENT && c.date().isEmpty()
          && c.modality() == Modality.ASSERTED && isSetting(text, c)) {
        Optional<Event> act = settingOf(events, k);
        if (act.isPresent()) {
          EventCore a = act.get().core();
          e = EventFactory.rebuild(e, c.withDate(a.date(), a.timex(), a.dateBasis().get()));
        }
      }
      out.add(e);
    }
    return out.build();
  }

  /** The nearest dated event before {@code k} in its sentence sharing a party with it. */
  private static Optional<Event> settingOf(ImmutableList<Event> events, int k) {
    EventCore c = events.get(k).core();
    Set<String> parties = EventFactory.partyIds(events.get(k));
    Optional<Event> best = Optional.empty();
    for (Event o : events) {
      EventCore oc = o.core();
      if (o != events.get(k) && oc.sentence().equals(c.sentence())
          && oc.trigger().end() <= c.trigger().start() && oc.date().isPresent()
          && oc.dateBasis().isPresent() && oc.modality() == Modality.ASSERTED
          && EventFactory.partyIds(o).stream().anyMatch(parties::contains)
          && (best.isEmpty() || oc.trigger().start() > best.get().core().trigger().start())) {
        best = Optional.of(o);
      }
    }
    return best;
  }

  /** خلال / أثناء stands right before the trigger: the event is the setting of an act. */
  private boolean isSetting(AnalyzedText text, EventCore c) {
    int token = text.tokenAtOrAfter(c.trigger().start() + 1) - 1;
    if (token <= 0 || token >= text.size()) {
      return false;
    }
    String first = ProcliticStripper.withoutConjunction(text.form(token), 1);
    if (text.end(token) < c.trigger().end() && during(first)) {
      return true; // a phrase trigger with its preposition: خلال لقائه
    }
    return during(ProcliticStripper.withoutConjunction(text.form(token - 1), 1));
  }

  private boolean during(String word) {
    return setting.contains(word) && timePrepositions.contains(word);
  }
}
