package io.khabar.event;

import com.google.common.collect.ImmutableList;
import io.khabar.ner.Entity;
import io.khabar.kb.EntityType;
import io.khabar.ner.EntityLayer;
import io.khabar.text.VerbParticles;
import io.khabar.time.Timex;
import io.khabar.token.AnalyzedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A news report often opens with a source it does not name yet and the day it spoke (قال خبير
 * في شؤون الفضاء، الخميس، إن …; بحسب ما أعلن مسؤول محلي السبت) and names him in the sentences
 * that follow (وقال هولغر كراغ، رئيس مكتب الحطام الفضائي، إن …): the named person goes on
 * telling that occasion. So the first undated statement after such a lead saying, within
 * {@value #SENTENCE_REACH} sentences, by a person the text names there for the first time, takes
 * the source's day with basis TEXT instead of the publication date. The source's saying is a
 * speech verb of the first two sentences that gave no event (no named speaker) and is followed
 * within {@value #DATE_REACH} tokens, commas aside, by a day of the week before publication; not
 * a negated saying (ولم تؤكد الشرطة، الأربعاء) nor one in a relative clause (التي قال فيها).
 * A speaker named before the saying is someone else, told on another occasion. Linear in the
 * triggers and events.
 */
final class NamedSources {

  /** The lead and the sentence after it: where a report tells its unnamed source. */
  private static final int LEAD_SENTENCES = 2;
  /** Tokens after the speech verb the day may stand: قال خبير في شؤون الفضاء، الخميس. */
  private static final int DATE_REACH = 6;
  /** Sentences after the source's saying the named person may speak. */
  private static final int SENTENCE_REACH = 3;
  /** Days before publication a source's saying may be the report's news. */
  private static final int RECENT_DAYS = 7;

  private NamedSources() {}

  static ImmutableList<Event> apply(AnalyzedText text, EntityLayer entities, List<Found> found,
      List<Timex> timexes, ImmutableList<Event> events, Optional<LocalDate> published) {
    if (published.isEmpty() || text.sentences().size() < 2) {
      return events;
    }
    for (Found f : found) {
      if (f.trigger().type() != EventType.STATEMENT || !f.trigger().isVerb()
          || text.sentenceOf(f.start()) >= LEAD_SENTENCES || toldAsEvent(text, f, events)
          || !mainSaying(text, f)) {
        continue;
      }
      Optional<Integer> day = dayAfter(text, f, timexes, published.get());
      if (day.isPresent()) {
        return named(text, entities, f, timexes, day.get(), events);
      }
    }
    return events;
  }

  /**
   * The verb tells a saying of the report's own, not one denied (ولم تؤكد الشرطة) or described
   * by a relative clause (تصريحات أردوغان التي قال فيها): neither is an occasion a source
   * goes on telling.
   */
  private static boolean mainSaying(AnalyzedText text, Found f) {
    if (f.start() > 0) {
      String before = text.form(f.start() - 1);
      if (VerbParticles.precedesVerb(before) || Tokens.isRelativePronoun(before)) {
        return false;
      }
    }
    String after = f.end() < text.size() ? text.form(f.end()) : "";
    return !after.equals("فيه") && !after.equals("فيها");
  }

  /** Some event was read from the trigger: its speaker is named. */
  private static boolean toldAsEvent(AnalyzedText text, Found f, List<Event> events) {
    int from = text.start(f.start());
    int to = text.end(f.end() - 1);
    return events.stream().anyMatch(e -> e.core().trigger().start() >= from
        && e.core().trigger().start() < to);
  }

  /** A recent day within reach after the verb, with no break, أن or quotation before it. */
  private static Optional<Integer> dayAfter(AnalyzedText text, Found f, List<Timex> timexes,
      LocalDate published) {
    int sentenceEnd = text.sentenceEnd(text.sentenceOf(f.start()));
    int limit = Math.min(sentenceEnd, f.end() + DATE_REACH);
    for (int t = 0; t < timexes.size(); t++) {
      Timex x = timexes.get(t);
      int at = text.tokenAtOrAfter(x.span().start());
      if (at < f.end() || at > limit) {
        continue;
      }
      for (int i = f.end(); i < at; i++) {
        String w = text.form(i);
        if (Tokens.isBreak(text, i) || Tokens.isQuote(w) || w.equals("أن") || w.equals("إن")) {
          return Optional.empty();
        }
      }
      return recent(x, published) ? Optional.of(t) : Optional.empty();
    }
    return Optional.empty();
  }

  private static boolean recent(Timex x, LocalDate published) {
    Optional<String> value = x.value().map(Dating::calendarDate);
    if (x.future() || value.isEmpty() || !value.get().matches("\\d{4}-\\d{2}-\\d{2}")) {
      return false;
    }
    LocalDate day = LocalDate.parse(value.get());
    return !day.isAfter(published) && !day.isBefore(published.minusDays(RECENT_DAYS));
  }

  /** The first undated statement after the saying, by a person first named after it, dated. */
  private static ImmutableList<Event> named(AnalyzedText text, EntityLayer entities, Found f,
      List<Timex> timexes, int day, ImmutableList<Event> events) {
    int saying = text.start(f.start());
    int lastSentence = text.sentenceOf(f.start()) + SENTENCE_REACH;
    Event first = null;
    for (Event e : events) {
      EventCore c = e.core();
      if (e.type() == EventType.STATEMENT && c.trigger().start() > saying
          && (first == null || c.trigger().start() < first.core().trigger().start())) {
        first = e;
      }
    }
    if (first == null || !first.core().dateBasis().equals(Optional.of(DateBasis.PUBLICATION))
        || first.core().modality() != Modality.ASSERTED
        || text.sentenceOf(text.tokenAtOrAfter(first.core().trigger().start())) > lastSentence
        || !namedAfter(entities, first, saying)) {
      return events;
    }
    Timex x = timexes.get(day);
    Event dated = EventFactory.rebuild(first, first.core().withDate(
        x.value().map(Dating::calendarDate),
        Optional.of("T" + (day + 1)), DateBasis.TEXT));
    ImmutableList.Builder<Event> out = ImmutableList.builder();
    for (Event e : events) {
      out.add(e == first ? dated : e);
    }
    return out.build();
  }

  /** Every speaker is a person whose first mention comes after the source's saying. */
  private static boolean namedAfter(EntityLayer entities, Event e, int saying) {
    boolean any = false;
    for (Participant p : e.core().participants()) {
      if (p.role() != ParticipantRole.SPEAKER) {
        continue;
      }
      int i = entities.indexOf(p.entity());
      if (i < 0) {
        return false;
      }
      Entity entity = entities.entities().get(i);
      if (entity.type() != EntityType.PERSON
          || entity.mentions().get(0).span().start() < saying) {
        return false;
      }
      any = true;
    }
    return any;
  }
}
