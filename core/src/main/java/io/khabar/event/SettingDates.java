package io.khabar.event;

import io.khabar.time.Timex;
import io.khabar.token.AnalyzedText;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Dates an undated statement from what frames it in the text: a dated event its speaker took
 * part in, told just before (وأكد إردوغان خلال الاتصال …), or the relative clause of a noun of
 * speech that tells when it was issued (قال في بيان أصدره مساء الأحد). The date found has basis
 * TEXT.
 */
final class SettingDates {

  /** Sentences back that a statement's setting may lie: the event's own and the one before. */
  private static final int SETTING_REACH = 1;
  /** Events looked back at for a setting: bounded, so a page-long "sentence" stays linear. */
  private static final int SETTING_EVENTS = 16;

  /**
   * An undated statement by someone who took part in a dated event told just before (in its
   * sentence or the previous one) was made there: وأكد إردوغان خلال الاتصال … takes the call's
   * date, وقال غروندبرغ في بيان the date of the truce he announced.
   */
  static Event datedBySetting(Event statement, int sentence, List<Dating.Told> told) {
    Set<String> speakers = EventFactory.partyIds(statement);
    for (int k = told.size() - 1; k >= Math.max(0, told.size() - SETTING_EVENTS); k--) {
      Dating.Told t = told.get(k);
      if (sentence - t.sentence() > SETTING_REACH) {
        break;
      }
      EventCore c = t.event().core();
      if (c.date().isPresent() && c.modality() == statement.core().modality()
          && c.participants().stream().anyMatch(p -> speakers.contains(p.entity()))) {
        return EventFactory.rebuild(statement,
            statement.core().withDate(c.date(), c.timex(), DateBasis.TEXT));
      }
    }
    return statement;
  }

  /**
   * وجه قرقاش، الأحد، رسالة إلى لبنان …، مطالبا لبنان بألا …: a participle of circumstance
   * (مطالبا، مؤكدا، مشيرا) tells what the main clause's subject did while doing the main act, so
   * with no date of its own it takes the date the text gives the main act: the nearest dated
   * event before it in its sentence, told before any أن / إن of the sentence (an event inside
   * what was said, قال إن الجيش قصف أمس …، مضيفا, is no main act), basis TEXT.
   */
  static Event datedByMainClause(AnalyzedText text, Found f, Event statement, int sentence,
      List<Dating.Told> told, Set<String> complementizers) {
    if (f.trigger().pos() != TriggerLexicon.Pos.PARTICIPLE) {
      return statement;
    }
    int content = f.start();
    for (int i = text.sentenceStart(sentence); i < f.start(); i++) {
      String w = text.form(i);
      String bare = w.startsWith("ب") || w.startsWith("و") ? w.substring(1) : w;
      if (complementizers.contains(w) && bare.startsWith("ان")) {
        content = i;
        break;
      }
    }
    for (int k = told.size() - 1; k >= Math.max(0, told.size() - SETTING_EVENTS); k--) {
      Dating.Told t = told.get(k);
      if (t.sentence() != sentence) {
        break;
      }
      EventCore c = t.event().core();
      if (c.date().isPresent() && c.modality() == Modality.ASSERTED
          && text.tokenAtOrAfter(c.trigger().end()) <= content) {
        return EventFactory.rebuild(statement,
            statement.core().withDate(c.date(), c.timex(), DateBasis.TEXT));
      }
    }
    return statement;
  }

  /** Tokens after a statement's trigger the باسم of its speaker's title may stand. */
  private static final int SPOKESMAN_REACH = 4;
  /** Sentences back a body's dated statement its spokesman goes on telling may lie. */
  private static final int SPOKESMAN_SENTENCES = 2;
  /** Tokens after a statement's trigger its speaker's head noun may stand (أعلنت وزارة …). */
  private static final int BODY_REACH = 3;

  /**
   * An undated statement by the spokesman of a body (وقال الناطق باسم الوزارة، وقال متحدث باسم
   * وزارة التجارة) tells the announcement of that body the text has just dated (أعلنت وزارة
   * الداخلية الجمعة …): it takes that date, basis TEXT. The body is the one whose head noun
   * follows باسم (الوزارة; وزارة التجارة with its genitive) and stands right after the dated
   * statement's verb, in its sentence or one of the two before; a spokesman of another body
   * (باسم وزارة الخارجية after أعلنت وزارة الدفاع) takes nothing.
   */
  static Event datedBySpokesman(AnalyzedText text, Found f, Event statement, int sentence,
      List<Dating.Told> told) {
    int sentenceEnd = text.sentenceEnd(sentence);
    int body = -1;
    for (int i = f.end(); i < Math.min(sentenceEnd - 1, f.end() + SPOKESMAN_REACH); i++) {
      if (text.form(i).equals(ON_BEHALF_OF)) {
        body = i + 1;
        break;
      }
    }
    if (body < 0) {
      return statement;
    }
    // باسم الوزارة: the body told before; باسم وزارة التجارة: that ministry, not another
    Set<String> words = new java.util.HashSet<>();
    words.add(withoutArticle(text.form(body)));
    if (!text.form(body).startsWith("ال") && body + 1 < sentenceEnd
        && text.form(body + 1).startsWith("ال")) {
      words.add(withoutArticle(text.form(body + 1)));
    }
    for (int k = told.size() - 1; k >= Math.max(0, told.size() - SETTING_EVENTS); k--) {
      Dating.Told t = told.get(k);
      if (sentence - t.sentence() > SPOKESMAN_SENTENCES) {
        break;
      }
      EventCore c = t.event().core();
      if (t.event().type() != EventType.STATEMENT || c.date().isEmpty()
          || c.modality() != Modality.ASSERTED) {
        continue;
      }
      int verb = text.tokenAtOrAfter(c.trigger().end());
      int end = text.sentenceEnd(t.sentence());
      Set<String> seen = new java.util.HashSet<>();
      for (int i = verb; i < Math.min(end, verb + BODY_REACH); i++) {
        seen.add(withoutArticle(text.form(i)));
      }
      if (seen.containsAll(words)) {
        return EventFactory.rebuild(statement,
            statement.core().withDate(c.date(), c.timex(), DateBasis.TEXT));
      }
    }
    return statement;
  }

  /** باسم in matching form: المتحدث باسم، الناطق باسم ("speaking on behalf of"). */
  private static final String ON_BEHALF_OF = "باسم";

  /** A noun without its article (الوزارة → وزارة), in matching form. */
  private static String withoutArticle(String w) {
    return w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w;
  }

  /** A day, month or year: قبل أسبوعين (a span back, P2W) dates no issuing. */
  private static final java.util.regex.Pattern CALENDAR =
      java.util.regex.Pattern.compile("\\d{4}");

  /** Tokens after the relative pronoun of a publication clause its date may stand. */
  private static final int PUBLICATION_CLAUSE_REACH = 8;

  /**
   * An undated statement followed in its sentence by a noun of speech or of a letter (بيان،
   * خطاب، مقابلة) and the words that tell when it was issued (أكد خامنئي …، وفق خطابه الذي
   * نُشر على موقعه، الإثنين; قال في بيان أصدره مساء الأحد; قال في مقابلة تلفزيونية يوم الاثنين)
   * was made on that date, unless what was said (its أن / إن) stands before the date.
   */
  static Event datedByPublicationClause(AnalyzedText text, List<Timex> timexes,
      int[] timexToken, List<Found> found, Found f, Event statement) {
    int sentenceEnd = text.sentenceEnd(text.sentenceOf(f.start()));
    for (Found g : found) {
      if (g.start() < f.end() || g.start() >= sentenceEnd) {
        continue;
      }
      if (g.trigger().type() != EventType.STATEMENT && g.trigger().type() != EventType.MESSAGE
          || g.trigger().isVerb() || g.trigger().pos() == TriggerLexicon.Pos.PARTICIPLE
          || g.end() >= sentenceEnd) {
        continue;
      }
      int rel = relativeClause(text, g, sentenceEnd);
      // a relative pronoun opens the noun's own clause, even after what was said (أكد أنه …،
      // وذلك وفق خطابه الذي نُشر الإثنين); with none, a date after an أن / إن is the content's
      boolean relative = Tokens.isRelativePronoun(text.form(rel));
      for (int t = 0; t < timexes.size(); t++) {
        int at = timexToken[t];
        if (at > rel && at <= rel + PUBLICATION_CLAUSE_REACH && at < sentenceEnd
            && timexes.get(t).value().filter(v -> CALENDAR.matcher(v).lookingAt()).isPresent()
            && !timexes.get(t).future()
            && (relative || !contentBetween(text, f.end() - 1, at))) {
          return EventFactory.rebuild(statement, statement.core().withDate(
              timexes.get(t).value().map(Dating::calendarDate), Optional.of("T" + (t + 1)),
              DateBasis.TEXT));
        }
      }
      return statement;
    }
    return statement;
  }

  /**
   * Where the words describing the speech noun {@code g} begin: its relative pronoun right
   * after the noun or after one adjective (خطابه الذي نُشر), else the noun's end: an indefinite
   * noun takes its relative clause with no pronoun (بيان أصدره، مقابلة بثت الأحد) and its
   * adjectives and complements at once (مقابلة تلفزيونية يوم الاثنين، تغريدة له عبر تويتر الأحد).
   */
  private static int relativeClause(AnalyzedText text, Found g, int sentenceEnd) {
    if (Tokens.isRelativePronoun(text.form(g.end()))) {
      return g.end();
    }
    if (g.end() + 1 < sentenceEnd && Tokens.isRelativePronoun(text.form(g.end() + 1))) {
      return g.end() + 1;
    }
    return g.end() - 1;
  }

  /**
   * An أن / إن, a colon or a quotation between the clause and the date opens what was said (في
   * بيان أصدره إن الوضع مستقر منذ الأحد; في تصريحات: "يوم الأحد …"): a date there is the
   * content's, not the issuing's.
   */
  private static boolean contentBetween(AnalyzedText text, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      String w = text.form(i);
      String bare = w.startsWith("ب") || w.startsWith("و") ? w.substring(1) : w;
      if (bare.startsWith("ان") && bare.length() <= 4 || Tokens.isBreak(text, i)) {
        return true;
      }
    }
    return false;
  }

  private SettingDates() {}
}
