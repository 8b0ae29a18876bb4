package io.khabar.event;

import com.google.common.collect.ImmutableList;
import io.khabar.time.Timex;
import io.khabar.token.AnalyzedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An event the text tells as going on now — its clause carries الآن، حاليا، في الوقت الحالي
 * (PRESENT_REF) right after its trigger: ميركل، التي تزور إسرائيل حاليا — happens on the
 * publication day: with no date of its own it takes the publication date, basis PUBLICATION (the
 * adverb names no day; the article's date gives it). Only an asserted event: a planned or
 * negated one is not going on. Linear in events times the time expressions of their sentence.
 */
final class PresentEvents {

  /** Tokens after the trigger within which the adverb of now stands: تزور إسرائيل حاليا. */
  private static final int PRESENT_REACH = 5;

  private PresentEvents() {}

  static ImmutableList<Event> apply(AnalyzedText text, List<Timex> timexes,
      ImmutableList<Event> events, Optional<LocalDate> published) {
    if (published.isEmpty()) {
      return events;
    }
    ImmutableList.Builder<Event> out = ImmutableList.builder();
    for (Event e : events) {
      EventCore c = e.core();
      if (c.date().isEmpty() && c.modality() == Modality.ASSERTED
          && presentAfter(text, timexes, c)) {
        e = PublicationDates.datedByPublication(e, published.get());
      }
      out.add(e);
    }
    return out.build();
  }

  /** A PRESENT_REF time expression within reach after the trigger, no break between. */
  private static boolean presentAfter(AnalyzedText text, List<Timex> timexes, EventCore c) {
    int end = text.tokenAtOrAfter(c.trigger().end());
    for (Timex t : timexes) {
      if (!t.value().equals(Optional.of("PRESENT_REF")) || t.span().start() < c.trigger().end()
          || t.span().end() > c.sentence().end()) {
        continue;
      }
      int at = text.tokenAtOrAfter(t.span().start());
      if (at - end > PRESENT_REACH) {
        continue;
      }
      boolean broken = false;
      for (int i = end; i < at; i++) {
        broken |= Tokens.isBreak(text, i) || Tokens.isComma(text.form(i))
            || Tokens.isRelativePronoun(text.form(i));
      }
      if (!broken) {
        return true;
      }
    }
    return false;
  }
}
