package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.text.ArabicNormalizer;
import io.khabar.token.AnalyzedText;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A release is done to whom it sets free: in أطلق سراح X، إطلاق سراح X، أفرج عن X the name after
 * سراح or عن is the one released, acted on, never who releases (أطلقت محكمة براغ الثلاثاء سراح
 * صالح مسلم: the court released him; الخاطفون أفرجوا عن ديوجي: the kidnappers did). Participants
 * are actors, so the one released is no participant, and a release that names no one else
 * (وتم إطلاق سراح الصحفي دوغان) tells no actor and is no event. An exchange (تبادل الأسرى) has
 * no one released after it and keeps its parties.
 */
final class Releases {

  private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.get();
  /** سراح and عن in matching form: the word the released follows. */
  private static final Set<String> RELEASED_AFTER = Set.of(NORMALIZER.matchingForm("سراح"),
      NORMALIZER.matchingForm("عن"));
  /** What the verbs and nouns of release (أطلق، إطلاق سراح، أفرج، إفراج) hold, in matching form. */
  private static final Set<String> STEMS = NORMALIZER.matchingForms("طلق", "سراح", "فرج");
  /** Tokens from the trigger to سراح or عن: the subject and a time may stand between. */
  private static final int REACH = 6;
  /** Tokens from سراح or عن to the name: a title (القس الأمريكي أندرو برونسون). */
  private static final int NAME_REACH = 4;

  private Releases() {}

  /** The roles of {@code f} without the one released, or none when no one else is named. */
  static Arguments.Roles apply(AnalyzedText text, EntityLayer layer, Found f, Clause c,
      Arguments.Roles roles) {
    if (f.trigger().type() != EventType.PRISONER_EXCHANGE
        || STEMS.stream().noneMatch(NORMALIZER.matchingForm(f.trigger().form())::contains)) {
      return roles;
    }
    Optional<Integer> released = released(text, layer, f, c);
    if (released.isEmpty()) {
      return roles;
    }
    roles.agent().remove(released.get());
    roles.others().remove(released.get());
    roles.recipients().remove(released.get());
    roles.targets().remove(released.get());
    if (roles.agent().isEmpty() && roles.others().isEmpty() && roles.recipients().isEmpty()) {
      return new Arguments.Roles(new LinkedHashSet<>(), new LinkedHashSet<>(),
          new LinkedHashSet<>(), new LinkedHashSet<>(), roles.place()); // no one released him
    }
    return roles;
  }

  /** The first name after the سراح or عن of the release at {@code f}. */
  private static Optional<Integer> released(AnalyzedText text, EntityLayer layer, Found f,
      Clause c) {
    int end = Math.min(c.sentenceEnd(), f.start() + REACH + 1);
    for (int i = f.start(); i < end; i++) {
      if (!RELEASED_AFTER.contains(text.form(i))) {
        continue;
      }
      int from = i + 1;
      for (Occurrence o : Tokens.occurrences(layer, from,
          Math.min(c.sentenceEnd(), from + NAME_REACH))) {
        return Optional.of(o.entity());
      }
      return Optional.empty();
    }
    return Optional.empty();
  }
}
