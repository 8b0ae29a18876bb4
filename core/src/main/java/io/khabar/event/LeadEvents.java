package io.khabar.event;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.khabar.ner.ProcliticStripper;
import io.khabar.token.AnalyzedText;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A news article opens with its news: an asserted event told in its lead (the first sentence,
 * dateline included: دبي (CNN) – أجرى العاهل السعودي اتصالا هاتفيا مع …) with no date of its own
 * happened as reported, on the publication day: it takes the publication date with basis
 * PUBLICATION, as an undated statement does ({@link PublicationDates}). A past perfect (وكان
 * … قد) or one told "then" (يومها) is background and stays undated, and so does a planned,
 * negated or otherwise unasserted event. Only an event told by a verb (أجرى، وقعت، قصفت) or by
 * the noun of a light verb (أجرى … اتصالا هاتفيا): a verbal noun alone in the lead is as often
 * background, aim, threat or plan (عقب انسحاب الولايات المتحدة، يستعد لإبرام صفقة، هدد بعقوبات،
 * القمة المرتقبة; 8 of 20 right on the news sample) as the news. Linear in the number of events.
 */
final class LeadEvents {

  private final PublicationDates background;
  private final TriggerLexicon lexicon;
  private final Set<String> lightVerbs;
  private final Set<String> pastPerfect;
  private final Set<String> temporal;

  /** Tokens back from a noun to the light verb governing it in the lead. */
  private static final int LIGHT_VERB_REACH = 14;

  LeadEvents(PublicationDates background, TriggerLexicon lexicon, Cues cues) {
    this.background = background;
    this.lexicon = lexicon;
    this.lightVerbs = cues.lightVerbs;
    this.pastPerfect = cues.pastPerfect;
    this.temporal = Sets.union(cues.temporalClause,
        cues.timePrepositions);
  }

  ImmutableList<Event> apply(AnalyzedText text, ImmutableList<Event> events,
      Optional<LocalDate> published) {
    if (published.isEmpty() || text.sentences().isEmpty() || text.size() == 0) {
      return events;
    }
    int leadEnd = text.sentences().get(0).end();
    // وكان لافروف زار الأردن: a lead opening with كان tells background, past perfect
    String first = ProcliticStripper.withoutConjunction(text.form(0), 2);
    if (pastPerfect.contains(first)) {
      return events;
    }
    ImmutableList.Builder<Event> out = ImmutableList.builder();
    for (Event e : events) {
      EventCore c = e.core();
      if (e.type() != EventType.STATEMENT && c.date().isEmpty()
          && c.modality() == Modality.ASSERTED && c.trigger().end() <= leadEnd
          && !background.pastPerfect(text, c.trigger().start())
          && !background.toldThen(text, c.trigger()) && toldByVerb(text, c)) {
        e = PublicationDates.datedByPublication(e, published.get());
      }
      out.add(e);
    }
    return out.build();
  }

  /** The trigger is a verb, or a noun a light verb governs (أجرى … اتصالا). */
  private boolean toldByVerb(AnalyzedText text, EventCore c) {
    int token = text.tokenAtOrAfter(c.trigger().start() + 1) - 1;
    if (token < 0 || token >= text.size()) {
      return false;
    }
    if (lexicon.splitVerbs().matchAt(text, token).isPresent()
        || lexicon.triggers().matchAt(text, token)
            .filter(m -> m.values().stream().anyMatch(TriggerLexicon.Trigger::isVerb))
            .isPresent()) {
      return true;
    }
    // أجرى العاهل السعودي، الملك سلمان، اتصالا هاتفيا: the light verb before its subject's
    // apposition, commas and all; a noun after بعد / قبل / خلال tells another time (وجه رسالة
    // بعد استقبال نصرالله لوفد), no light verb's object
    String before = token > 0 ? ProcliticStripper.withoutConjunction(text.form(token - 1), 1) : "";
    if (temporal.contains(before)) {
      return false;
    }
    int from = Math.max(text.sentenceStart(text.sentenceOf(token)), token - LIGHT_VERB_REACH);
    for (int i = token - 1; i >= from; i--) {
      String w = text.form(i);
      if (lightVerbs.contains(w) || lightVerbs.contains(ProcliticStripper.withoutConjunction(w, 2))) {
        return true;
      }
    }
    return false;
  }
}
