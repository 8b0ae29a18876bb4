package io.khabar.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The time-expression grammar, detection side: at a token, every detection rule is tried and
 * the longest match wins ({@link #longestAt}); the recogniser scans left to right, so matches
 * never overlap. A {@link Match} holds the tokens, the TIMEX3 type, the expression's own
 * direction (أمس past, غداً forward, else none) and a {@link Resolver} built from the parts
 * found; turning parts into values is resolution ({@link DateValues}, {@link TimexValues}).
 *
 * <p>The rules, one class each: calendar dates ({@link CalendarDates}, with {@link MonthNames}),
 * relative and deictic dates ({@link RelativeDates}), named periods: seasons, centuries,
 * decades, eras ({@link NamedPeriods}), durations and recurrences ({@link Durations}), clock
 * times ({@link ClockTimes}) and ranges ({@link Ranges}). A rule never computes a date.
 */
final class TimexGrammar {

  private TimexGrammar() {}

  static final int DIR_PAST = -1;
  static final int DIR_NONE = 0;
  static final int DIR_FORWARD = 1;

  /** Resolution: a value from the publication date (nullable) and the expression's context. */
  interface Resolver {
    Optional<String> resolve(LocalDate published, Context context);
  }

  /**
   * What resolution knows about an expression beyond its own words: the tense of the sentence
   * at it, and the year written nearest to it in the same sentence ({@link #NO_YEAR} if none),
   * which places a decade without its century (ولد عام 1925 وبرز في الخمسينيات).
   */
  record Context(Tense tense, int nearbyYear) {
    static final int NO_YEAR = -1;

    boolean future() {
      return tense == Tense.FUTURE;
    }
  }

  /** Tokens {@code [start, end)} form a timex. */
  record Match(int start, int end, TimexType type, int direction, Resolver value) {
    Match from(int newStart) {
      return new Match(newStart, end, type, direction, value);
    }
  }

  /** The longer of two matches (the first on a tie); either may be null. */
  static Match longer(Match a, Match b) {
    if (b == null) {
      return a;
    }
    return a == null || b.end > a.end ? b : a;
  }

  /**
   * Every word that can open an expression, bare and with each clitic prefix, so that the
   * scan skips the other tokens with one hash lookup and no allocation.
   */
  private static final class FirstWords { // a holder: built after this class's other constants
    static final Set<String> SET = buildFirstWords();
  }

  private static Set<String> buildFirstWords() {
    java.util.Set<String> w = new java.util.HashSet<>();
    for (java.util.Map<String, ?> m : List.of(TimeLexicon.WEEKDAYS, TimeLexicon.CALENDAR_UNITS, TimeLexicon.DURATION_UNITS,
        TimeLexicon.NUMBER_WORDS, TimeLexicon.ORDINALS, TimeLexicon.ORDINAL_TENS,
        TimeLexicon.DECADES, TimeLexicon.DECADES_CONSTRUCT, TimeLexicon.SEASONS, TimeLexicon.DAY_PARTS, TimeLexicon.SET_ADVERBS)) {
      w.addAll(m.keySet());
    }
    w.addAll(MonthNames.firstWords());
    w.addAll(TimeLexicon.DEFINITE_UNITS.keySet());
    for (Set<String> set : List.of(TimeLexicon.PLURAL_UNITS_DEFINITE, TimeLexicon.PERIOD_PARTS,
        TimeLexicon.DATE_PREPOSITIONS, TimeLexicon.YEAR_WORDS, TimeLexicon.DURATION_TRIGGERS,
        TimeLexicon.VAGUE_QUANTIFIERS, TimeLexicon.PRESENT, RelativeDates.THIS, RelativeDates.YESTERDAY,
        RelativeDates.TOMORROW, Durations.BEFORE, NamedPeriods.PERIOD_NOUNS, Ranges.YEARS_WORDS)) {
      w.addAll(set);
    }
    w.addAll(List.of("يوم", "شهر", "اليوم", "اول",
        "الليله", "فصل", "القرن", "علي", "كل", "الوقت", "بين", "من", "الساعه", "بعد", "(", "الربع",
        "النصف", "منتصف"));
    return TimeLexicon.withClitics(w);
  }

  /** Whether any rule can start at token {@code i}. */
  static boolean canStart(TimeTokens t, int i) {
    return t.number[i] >= 0 || FirstWords.SET.contains(t.text[i]);
  }

  /** The longest match starting at token {@code i}, or null. */
  static Match longestAt(TimeTokens t, int i, boolean yearContext) {
    if (!canStart(t, i)) {
      return null;
    }
    return longestAtUnfiltered(t, i, yearContext);
  }

  /** {@link #longestAt} without the first-word filter; tests check that both agree. */
  static Match longestAtUnfiltered(TimeTokens t, int i, boolean yearContext) {
    Match best = CalendarDates.date(t, i, yearContext);
    best = longer(best, RelativeDates.prepositional(t, i));
    best = longer(best, RelativeDates.deictic(t, i));
    best = longer(best, RelativeDates.unitRelative(t, i));
    best = longer(best, RelativeDates.periodPart(t, i));
    best = longer(best, NamedPeriods.season(t, i));
    best = longer(best, NamedPeriods.century(t, i));
    best = longer(best, NamedPeriods.decade(t, i));
    best = longer(best, Durations.duration(t, i));
    best = longer(best, Durations.recurrence(t, i));
    best = longer(best, RelativeDates.present(t, i));
    best = longer(best, Ranges.range(t, i, yearContext));
    best = longer(best, NamedPeriods.historicalPeriod(t, i));
    best = longer(best, ClockTimes.clockTime(t, i));
    best = longer(best, RelativeDates.quarter(t, i));
    return best;
  }

}
