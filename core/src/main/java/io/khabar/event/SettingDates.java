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

  /** Tokens after the relative pronoun of a publication clause its date may stand. */
  private static final int PUBLICATION_CLAUSE_REACH = 8;

  /**
   * An undated statement followed in its sentence by a noun of speech or of a letter (بيان،
   * خطاب) and the relative clause
   * that tells when it was issued (أكد خامنئي …، وفق خطابه الذي نُشر على موقعه، الإثنين; قال
   * في بيان أصدره مساء الأحد) was made on that clause's date.
   */
  static Event datedByPublicationClause(AnalyzedText text, List<Timex> timexes,
      int[] timexToken, List<Found> found, Found f, Event statement) {
    int sentenceEnd = text.sentenceEnd(text.sentenceOf(f.start()));
    for (Found g : found) {
      if (g.start() < f.end() || g.start() >= sentenceEnd) {
        continue;
      }
      if (g.trigger().type() != EventType.STATEMENT && g.trigger().type() != EventType.MESSAGE
          || g.trigger().isVerb()
          || g.end() >= sentenceEnd || !Tokens.isRelativePronoun(text.form(g.end()))
              && !(g.end() + 1 < sentenceEnd
                  && Tokens.isRelativePronoun(text.form(g.end() + 1)))) {
        continue;
      }
      int rel = Tokens.isRelativePronoun(text.form(g.end())) ? g.end() : g.end() + 1;
      for (int t = 0; t < timexes.size(); t++) {
        int at = timexToken[t];
        if (at > rel && at <= rel + PUBLICATION_CLAUSE_REACH && at < sentenceEnd
            && timexes.get(t).value().isPresent() && !timexes.get(t).future()) {
          return EventFactory.rebuild(statement, statement.core().withDate(
              timexes.get(t).value().map(Dating::calendarDate), Optional.of("T" + (t + 1)),
              DateBasis.TEXT));
        }
      }
      return statement;
    }
    return statement;
  }

  private SettingDates() {}
}
