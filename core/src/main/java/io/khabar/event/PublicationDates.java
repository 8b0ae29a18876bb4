package io.khabar.event;

import com.google.common.collect.ImmutableList;
import io.khabar.text.Span;
import io.khabar.token.AnalyzedText;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A news article reports its statements as made now: an asserted statement the text gives no
 * date of its own (an undated قال، أكد، أعلن) is dated by the publication date, with basis
 * PUBLICATION and no timex. A past perfect (وكان الرئيس قد قال، سبق أن أعلن) is background told
 * before the news and stays undated, and so does one said "then" (قال يومها، حينها، آنذاك) or
 * one joined by و to a past perfect of its sentence (وكان مصدر قد قال …، وأشار). An undated
 * statement of a speaker the text dates on the publication day elsewhere takes that day with
 * basis TEXT (see {@link #toldToday}). A report tells one occasion per speaker: an undated
 * statement of a speaker the text dated earlier on a recent day (قال X الأحد … ثم وأضاف X …)
 * goes on telling that occasion and takes its day with basis TEXT, and so does a lead whose
 * speaker the body dates on a recent day (see {@link #occasion}).
 * Applied after folding, so an undated part of a dated speech act has already joined it;
 * statements of one speaker that now share the date are told once.
 */
final class PublicationDates {

  /** Words between كان and قد + verb: وكانت رئيسة لجنة نوبل للسلام بيريت ريس أندرسون قد قالت. */
  private static final int PAST_PERFECT_REACH = 20; // a subject with a name in apposition:
  // وكان اتحاد العمال النيجيري، أو ما يعرف باسم "مؤتمر العمل النيجيري"، قد حث
  /** Words between كان / سبق and a verb with no قد: سبق أن قال، كان أعلن. */
  private static final int BARE_PAST_PERFECT_REACH = 3;

  private final Cues cues;

  PublicationDates(Cues cues) {
    this.cues = cues;
  }

  ImmutableList<Event> apply(AnalyzedText text, ImmutableList<Event> events,
      Optional<LocalDate> published) {
    if (published.isEmpty()) {
      return events;
    }
    Optional<String> date = Optional.of(published.get().toString());
    Map<Set<String>, Optional<String>> toldToday = toldToday(events, date);
    EventFolding once = new EventFolding();
    for (Event e : events) {
      EventCore c = e.core();
      if (e.type() == EventType.STATEMENT && c.date().isEmpty()
          && c.modality() == Modality.ASSERTED && !pastPerfect(text, c.trigger().start())
          && !toldThen(text, c.trigger()) && !joinedToPastPerfect(text, e, events)) {
        Optional<Event> occasion = occasion(text, e, events, published.get());
        Optional<String> timex = toldToday.get(EventFactory.partyIds(e));
        e = EventFactory.rebuild(e, occasion.isPresent()
            ? c.withDate(occasion.get().core().date(), occasion.get().core().timex(), DateBasis.TEXT)
            : timex == null ? c.withDate(date, Optional.empty(), DateBasis.PUBLICATION)
            : c.withDate(date, timex, DateBasis.TEXT));
      }
      once.add(e);
    }
    return once.told();
  }

  /** {@code e} dated by the day of publication, with basis PUBLICATION. */
  static Event datedByPublication(Event e, LocalDate published) {
    return EventFactory.rebuild(e, e.core().withDate(Optional.of(published.toString()),
        Optional.empty(), DateBasis.PUBLICATION));
  }

  /** Days before publication a dated statement may be the news occasion of the report. */
  private static final int RECENT_DAYS = 7;

  /**
   * The occasion an undated statement tells: a statement of the same speakers, asserted, dated
   * by the text on a day of the week before publication (the report's news, not background: not
   * a past perfect, not a year or a month). The nearest before it (قال X الأحد … وأضاف X …),
   * else the first after it: a lead tells the news undated and the body gives its day (قال
   * ساوثغيت إن … then وقال ساوثغيت للصحفيين الاثنين). A statement the text itself sets apart
   * (its own date, a past perfect, يومها) never reaches here.
   */
  private Optional<Event> occasion(AnalyzedText text, Event e, ImmutableList<Event> events,
      LocalDate published) {
    Set<String> speakers = speakers(e);
    int at = e.core().trigger().start();
    Optional<Event> before = Optional.empty();
    Optional<Event> after = Optional.empty();
    for (Event other : events) {
      EventCore o = other.core();
      int start = o.trigger().start();
      if (other.type() != EventType.STATEMENT || start == at || speakers.isEmpty()
          || o.modality() != Modality.ASSERTED
          || !o.dateBasis().equals(Optional.of(DateBasis.TEXT)) || !recent(o.date(), published)
          || !speakers(other).equals(speakers) || pastPerfect(text, start)) {
        continue;
      }
      if (start < at && (before.isEmpty() || start > before.get().core().trigger().start())) {
        before = Optional.of(other);
      } else if (start > at && (after.isEmpty() || start < after.get().core().trigger().start())) {
        after = Optional.of(other);
      }
    }
    return before.isPresent() ? before : after;
  }

  /** A day (not a year or a month) in the week up to the publication day. */
  private static boolean recent(Optional<String> date, LocalDate published) {
    if (date.isEmpty() || !date.get().matches("\\d{4}-\\d{2}-\\d{2}")) {
      return false;
    }
    LocalDate day = LocalDate.parse(date.get());
    return !day.isAfter(published) && !day.isBefore(published.minusDays(RECENT_DAYS));
  }

  private static Set<String> speakers(Event e) {
    Set<String> ids = new HashSet<>();
    for (Participant p : e.core().participants()) {
      if (p.role() == ParticipantRole.SPEAKER) {
        ids.add(p.entity());
      }
    }
    return ids;
  }

  /**
   * The speakers whose asserted statement the text itself dates on the publication day (وفي
   * تعليقاته لصحفيين، الثلاثاء، أوضح بيسكوف in an article of that Tuesday), with that date's
   * timex. An undated statement of the same speaker is the same speech act told in the lead
   * (أكد بيسكوف أن …): the text gives its day, so its basis is TEXT, and the two fold into one.
   */
  private static Map<Set<String>, Optional<String>> toldToday(
      ImmutableList<Event> events, Optional<String> today) {
    Map<Set<String>, Optional<String>> told = new HashMap<>();
    for (Event e : events) {
      EventCore c = e.core();
      if (e.type() == EventType.STATEMENT && c.date().equals(today)
          && c.dateBasis().equals(Optional.of(DateBasis.TEXT))
          && c.modality() == Modality.ASSERTED && !c.participants().isEmpty()) {
        told.putIfAbsent(EventFactory.partyIds(e), c.timex());
      }
    }
    return told;
  }

  /**
   * A verb joined by و/ف to a past-perfect statement of its sentence goes on telling that
   * background (وكان مصدر قد قال إن …، وأشار إلى أن …): it stays undated too.
   */
  private boolean joinedToPastPerfect(AnalyzedText text, Event e, ImmutableList<Event> events) {
    Span trigger = e.core().trigger();
    int token = tokenOf(text, trigger.start());
    if (token < 0 || token >= text.size() || text.start(token) >= trigger.start()) {
      return false;
    }
    char conjunction = text.form(token).charAt(0);
    if (conjunction != 'و' && conjunction != 'ف') {
      return false;
    }
    if (openedByPastPerfect(text, token)) {
      return true;
    }
    Span sentence = e.core().sentence();
    for (Event other : events) {
      Span o = other.core().trigger();
      if (other.type() == EventType.STATEMENT && other.core().date().isEmpty()
          && other.core().sentence().equals(sentence) && o.start() < trigger.start()
          && pastPerfect(text, o.start())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The sentence opens with كان … قد (وكان مصدر أمني قد قال …، وأشار): its verbs are background
   * whether or not the first one was read as an event (an unnamed speaker is not).
   */
  private boolean openedByPastPerfect(AnalyzedText text, int token) {
    int start = text.sentenceStart(text.sentenceOf(token));
    String first = text.form(start);
    if (!cues.pastPerfect.contains(first) && !(first.length() > 3
        && (first.charAt(0) == 'و' || first.charAt(0) == 'ف')
        && cues.pastPerfect.contains(first.substring(1)))) {
      return false;
    }
    for (int i = start + 1; i < Math.min(token, start + PAST_PERFECT_REACH + 1); i++) {
      if (Tokens.isBreak(text, i)) {
        return false;
      }
      if (text.form(i).equals("قد")) {
        return true;
      }
    }
    return false;
  }

  /** Words after the verb an adverb of "then" may stand: وقال رئيس الوزراء القطري يومها. */
  private static final int THEN_REACH = 12;

  /** يومها، حينها، آنذاك after the verb: said back then, on a day the text told before. */
  boolean toldThen(AnalyzedText text, Span triggerSpan) {
    int trigger = tokenOf(text, triggerSpan.start());
    if (trigger < 0 || trigger >= text.size()) {
      return false;
    }
    while (trigger + 1 < text.size() && text.start(trigger + 1) < triggerSpan.end()) {
      trigger++; // the trigger's last token
    }
    int sentenceEnd = text.sentenceEnd(text.sentenceOf(trigger));
    for (int i = trigger + 1; i < Math.min(sentenceEnd, trigger + THEN_REACH); i++) {
      if (Tokens.isBreak(text, i)) {
        return false;
      }
      if (cues.then.contains(text.form(i))) {
        return true;
      }
    }
    return false;
  }

  /** كان / سبق stands before the trigger in its clause: an event told as already past. */
  boolean pastPerfect(AnalyzedText text, int triggerStart) {
    int trigger = tokenOf(text, triggerStart);
    if (trigger < 0 || trigger >= text.size()) {
      return false;
    }
    int sentenceStart = text.sentenceStart(text.sentenceOf(trigger));
    boolean qad = trigger > sentenceStart && text.form(trigger - 1).equals("قد");
    if (!qad && opensWithBarePastPerfect(text, sentenceStart, trigger)) {
      return true;
    }
    int reach = qad ? PAST_PERFECT_REACH : BARE_PAST_PERFECT_REACH;
    for (int i = trigger - 1; i >= Math.max(sentenceStart, trigger - reach); i--) {
      if (Tokens.isBreak(text, i)) {
        return false;
      }
      String w = text.form(i);
      if (cues.pastPerfect.contains(w) || w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')
          && cues.pastPerfect.contains(w.substring(1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * وكان وزير الدفاع الإسرائيلي أفيغدور ليبرمان أعلن، وكان الشيخ خالد بن أحمد قال: a sentence
   * opening with كان and its subject, however long, before the perfect verb tells background as
   * much as كان … قد does. Only the sentence's first verb: no أن / إن, relative pronoun, source
   * cue (حسبما، بحسب) or break between (وكان لافتا أن الوزير قال: the verb is inside what كان
   * says; وكان 4 منهم من اليابان، حسبما أعلنت الوزارة: a copula and the report's source) and no
   * verb after a
   * comma and و (وكان الوفد في بغداد، وقال: a new clause).
   */
  private boolean opensWithBarePastPerfect(AnalyzedText text, int sentenceStart, int trigger) {
    String first = text.form(sentenceStart);
    boolean opens = cues.pastPerfect.contains(first) || first.length() > 3
        && (first.charAt(0) == 'و' || first.charAt(0) == 'ف')
        && cues.pastPerfect.contains(first.substring(1));
    if (!opens || trigger - sentenceStart > PAST_PERFECT_REACH || trigger == sentenceStart) {
      return false;
    }
    String verb = text.form(trigger);
    if ((verb.charAt(0) == 'و' || verb.charAt(0) == 'ف') && Tokens.isComma(text.form(trigger - 1))) {
      return false;
    }
    for (int i = sentenceStart + 1; i < trigger; i++) {
      String w = text.form(i);
      if (Tokens.isBreak(text, i) || cues.complementizers.contains(w)
          || cues.attributionCues.contains(w)) {
        return false; // وكان 4 منهم من اليابان، حسبما أعلنت الوزارة: the source speaks now
      }
    }
    return true;
  }

  /** The token holding char {@code offset}: a trigger may start after a proclitic (وقال). */
  private static int tokenOf(AnalyzedText text, int offset) {
    return text.tokenAtOrAfter(offset + 1) - 1;
  }
}
