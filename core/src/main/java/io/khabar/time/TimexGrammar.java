package io.khabar.time;

import static io.khabar.time.DateValues.resolve;
import static io.khabar.time.DateValues.two;
import static io.khabar.time.DateValues.week;
import static io.khabar.time.DateValues.year;
import static io.khabar.time.TimeLexicon.in;
import static io.khabar.time.TimeLexicon.is;
import static io.khabar.time.TimeLexicon.lookup;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The time-expression grammar: a hand-written recursive-descent matcher over the tokens of one
 * normalised sentence. {@link #longestAt} tries every rule at a token and returns the longest
 * match; the recogniser scans left to right, so matches never overlap.
 *
 * <p>Resolution rules (all relative values need the publication date, else the value is empty):
 * <ul>
 *   <li>A month without a year takes the publication year; in a sentence that does not point
 *       forward, a result starting more than 31 days after the publication date moves to the
 *       previous year; in a forward sentence, a result that ended more than 31 days before it
 *       moves to the next year. Hijri months without a year do the same in Hijri years. With
 *       الماضي / المقبل (أكتوبر الماضي) it is the latest occurrence before, or the first after,
 *       the publication month.
 *   <li>A bare weekday is the most recent such day on or before the publication date, or the
 *       next one on or after it when the sentence points forward; الماضي / المقبل are strict.
 *   <li>Parts of a day give TIMEX3 TIME values: {@code 2026-01-28TEV}.
 *   <li>Part-of-period modifiers (مطلع, أواخر …) keep the anchor's value: مطلع فبراير 2026 is
 *       {@code 2026-02}; the modifier itself is not encoded.
 *   <li>Hijri dates go through {@link HijriDates} (Umm al-Qura); a Hijri month without a day
 *       is the Gregorian month containing its first day; a Hijri year alone is the Gregorian
 *       year containing its 1 Muharram.
 *   <li>Ranges are one timex whose value is an ISO 8601 interval {@code 2015/2020}.
 *   <li>A preposition directly before a date (منذ, قبل, بعد, خلال, بتاريخ) is kept in the
 *       span; the value is the anchor date. في and حتى are never in the span (as in Wojood).
 *   <li>Numeric dates are day/month/year; when the middle number exceeds 12 and the first does
 *       not, month/day/year.
 * </ul>
 */
final class TimexGrammar {

  private TimexGrammar() {}

  static final int DIR_PAST = -1;
  static final int DIR_NONE = 0;
  static final int DIR_FORWARD = 1;

  /** Computes a value from the publication date (nullable) and the forward flag. */
  interface Resolver {
    Optional<String> resolve(LocalDate published, boolean future);
  }

  /** Tokens {@code [start, end)} form a timex. */
  record Match(int start, int end, TimexType type, int direction, Resolver value) {
    Match from(int newStart) {
      return new Match(newStart, end, type, direction, value);
    }
  }

  private static final Resolver NONE = (p, f) -> Optional.empty();

  private static Match longer(Match a, Match b) {
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
    for (java.util.Map<String, ?> m : List.of(TimeLexicon.GREGORIAN_MONTHS, TimeLexicon.HIJRI_MONTHS,
        TimeLexicon.WEEKDAYS, TimeLexicon.CALENDAR_UNITS, TimeLexicon.DURATION_UNITS,
        TimeLexicon.NUMBER_WORDS, TimeLexicon.ORDINALS, TimeLexicon.ORDINAL_TENS,
        TimeLexicon.DECADES, TimeLexicon.SEASONS, TimeLexicon.DAY_PARTS, TimeLexicon.SET_ADVERBS)) {
      w.addAll(m.keySet());
    }
    w.addAll(TimeLexicon.DEFINITE_UNITS.keySet());
    for (Set<String> set : List.of(TimeLexicon.PLURAL_UNITS_DEFINITE, TimeLexicon.PERIOD_PARTS,
        TimeLexicon.DATE_PREPOSITIONS, TimeLexicon.YEAR_WORDS, TimeLexicon.DURATION_TRIGGERS,
        TimeLexicon.VAGUE_QUANTIFIERS, TimeLexicon.PRESENT, THIS, YESTERDAY, TOMORROW, BEFORE,
        PERIOD_NOUNS, YEARS_WORDS)) {
      w.addAll(set);
    }
    w.addAll(List.of("يوم", "شهر", "كانون", "تشرين", "ربيع", "جمادي", "ذو", "ذي", "اليوم", "اول",
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
    Match best = date(t, i, yearContext);
    best = longer(best, prepositional(t, i));
    best = longer(best, deictic(t, i));
    best = longer(best, unitRelative(t, i));
    best = longer(best, periodPart(t, i));
    best = longer(best, season(t, i));
    best = longer(best, century(t, i));
    best = longer(best, decade(t, i));
    best = longer(best, duration(t, i));
    best = longer(best, recurrence(t, i));
    best = longer(best, present(t, i));
    best = longer(best, range(t, i, yearContext));
    best = longer(best, historicalPeriod(t, i));
    best = longer(best, clockTime(t, i));
    best = longer(best, quarter(t, i));
    return best;
  }

  // ---------------------------------------------------------------- calendar dates

  private record MonthHit(int end, int month, boolean hijri, boolean ambiguous, boolean paired) {}

  private record YearHit(int end, int year, Boolean hijriEra, boolean keyword) {}

  private static Match date(TimeTokens t, int i, boolean bareYearOk) {
    return date(t, i, bareYearOk, false);
  }

  /**
   * A date at {@code i}. A bracket opening the date stays outside the span ("( 1/1/1949 )" →
   * "1/1/1949") unless a keyword precedes it ({@code allowParen}: بتاريخ ( 2/10/1989 )) or an
   * era marker follows its close ("( 1948 ) م").
   */
  private static Match date(TimeTokens t, int i, boolean bareYearOk, boolean allowParen) {
    DateHit h = parseDate(t, i, bareYearOk);
    if (h != null && !allowParen && t.is(i, "(") && !(in(t, h.end - 1, TimeLexicon.HIJRI_ERA)
        || in(t, h.end - 1, TimeLexicon.GREGORIAN_ERA))) {
      return null;
    }
    if (h != null && h.day > 0) { // 15 رمضان 1445 هـ الموافق 25 مارس 2024: one day, one timex
      int k = h.end;
      if (t.is(k, "،") || t.is(k, ",")) {
        k++;
      }
      if (is(t, k, "الموافق")) {
        k++;
        if (t.is(k, ":")) {
          k++;
        }
        DateHit other = parseDate(t, k, false);
        if (other != null && other.day > 0) {
          DateHit chosen = h.hijri && !other.hijri ? other : h;
          int direction = h.direction();
          return new Match(i, other.end, TimexType.DATE, direction, (p, f) -> resolve(chosen, p, f));
        }
      }
    }
    if (h == null) {
      return null;
    }
    return new Match(i, h.end, TimexType.DATE, h.direction(), (p, f) -> resolve(h, p, f));
  }

  /** [يوم] [weekday [direction]] [، | الموافق] [core] — at least a weekday or a core. */
  static DateHit parseDate(TimeTokens t, int i, boolean bareYearOk) {
    DateHit h = new DateHit();
    int j = i;
    boolean youm = is(t, j, "يوم");
    if (youm) {
      j++;
    }
    Integer wd = lookup(t, j, TimeLexicon.WEEKDAYS);
    if (wd != null && !youm && i > 0 && in(t, i - 1, TimeLexicon.WEEKDAY_AS_NAME)) {
      wd = null; // سوق الجمعة, صلاة الجمعة
    }
    if (wd != null) {
      h.weekday = wd;
      j++;
      h.end = j;
      Integer dir = j < t.size ? TimeLexicon.DIRECTIONS.get(t.text[j]) : null;
      if (dir != null && dir != TimeLexicon.NOW) {
        h.dir = dir;
        h.end = j + 1;
        return h;
      }
      int k = j;
      if (t.is(k, "،") || t.is(k, ",") || t.is(k, "-")) {
        k++;
      }
      if (t.is(k, "الموافق")) {
        k++;
      }
      int e = core(t, k, h, false);
      if (e > 0 && (h.day > 0 || h.month > 0)) {
        h.end = e;
      } else {
        h.year = h.month = h.day = -1;
        h.hijri = false;
      }
      return h;
    }
    int e = core(t, j, h, bareYearOk && !youm);
    if (e < 0 || (youm && h.day < 0)) {
      return null;
    }
    h.end = e;
    return h;
  }

  /** A numeric date, [day] month [year], or a year expression. Returns the end or -1. */
  private static int core(TimeTokens t, int k, DateHit h, boolean bareYearOk) {
    int e = numericDate(t, k, h);
    if (e > 0) {
      return e;
    }
    int j = k;
    int day = -1;
    boolean slashed = false;
    if (t.isNumber(j) && t.digits[j] <= 2 && t.number[j] >= 1 && t.number[j] <= 31) {
      day = t.number[j];
      j++;
      if (t.is(j, "من")) {
        j++;
      } else if (t.is(j, "/")) { // 20 / شعبان / 1428
        slashed = true;
        j++;
      }
    } else if (is(t, j, "اول") && month(t, j + 1, false) != null) { // أول يناير = 1 January
      day = 1;
      j++;
    } else {
      long ord = ordinal(t, j);
      if (ord > 0 && t.is((int) (ord >>> 32), "من") && (int) ord <= 31) {
        day = (int) ord;
        j = (int) (ord >>> 32) + 1;
      }
    }
    boolean shahr = false;
    if (day < 0 && is(t, j, "شهر")) {
      shahr = true;
      j++;
    }
    MonthHit m = month(t, j, true);
    if (m == null) {
      if (day > 0 && !slashed && is(t, j, "الشهر") && j + 1 < t.size) { // 5 من الشهر الجاري
        Integer dir = TimeLexicon.DIRECTIONS.get(t.text[j + 1]);
        if (dir != null) {
          h.day = day;
          h.relativeMonth = dir;
          return j + 2;
        }
      }
      if (day > 0 || shahr) {
        return -1;
      }
      return yearExpression(t, k, h, bareYearOk);
    }
    j = m.end;
    h.month = m.month;
    h.hijri = m.hijri;
    h.day = day;
    boolean support = day > 0 || shahr || m.paired;
    if (t.is(j, "(")) { // Levantine archives: شباط (28/2/1945)
      DateHit inner = new DateHit();
      int e2 = numericDate(t, j, inner);
      if (e2 > 0 && inner.month == h.month && !inner.hijri) {
        h.year = inner.year;
        h.day = inner.day;
        return e2;
      }
    }
    YearHit y = yearPart(t, slashed && t.is(j, "/") ? j + 1 : j);
    if (y != null && (y.hijriEra == null || y.hijriEra == m.hijri)) {
      h.year = y.year;
      j = y.end;
      support = true;
    }
    if (h.year < 0 && t.is(j, "من") && !m.hijri) {
      // أيار/مايو من العام الماضي، مارس من عام 2019، شباط من هذا العام
      YearHit of = yearPart(t, j + 1);
      int w = t.is(j + 1, "هذا") ? j + 2 : j + 1;
      if (of != null && of.hijriEra != Boolean.TRUE) {
        h.year = of.year;
        j = of.end;
        support = true;
      } else if (in(t, w, TimeLexicon.YEAR_WORDS) && (w == j + 2
          || w + 1 < t.size && TimeLexicon.DIRECTIONS.containsKey(t.text[w + 1]))) {
        int dir = w == j + 2 ? TimeLexicon.NOW : TimeLexicon.DIRECTIONS.get(t.text[w + 1]);
        h.relativeYear = dir == TimeLexicon.PAST ? -1 : dir == TimeLexicon.NEXT ? 1 : 0;
        j = w == j + 2 ? w + 1 : w + 2;
        support = true;
      }
    }
    if (h.year < 0 && h.relativeYear == Integer.MIN_VALUE && j < t.size) { // أكتوبر الماضي
      Integer dir = TimeLexicon.DIRECTIONS.get(t.text[j]);
      if (dir != null && dir != TimeLexicon.NOW) {
        h.dir = dir;
        j++;
        support = true;
      }
    }
    if (!support && m.ambiguous) {
      return -1;
    }
    return j;
  }

  private static final Set<String> DATE_SEPARATORS = ImmutableSet.of("/", "-", ".");

  /** [(] d/m/yyyy | yyyy/m/d [)] [era]. */
  private static int numericDate(TimeTokens t, int k, DateHit h) {
    int j = k;
    boolean paren = t.is(j, "(");
    if (paren) {
      j++;
    }
    if (!t.isNumber(j) || j + 4 >= t.size || !DATE_SEPARATORS.contains(t.text[j + 1])
        || !t.text[j + 1].equals(t.text[j + 3]) || !t.isNumber(j + 2)) {
      return -1;
    }
    // 17 / 2 / ( 1966 ): archives bracket the year
    boolean bracketYear = !paren && t.is(j + 4, "(") && t.isNumber(j + 5) && t.digits[j + 5] == 4
        && t.is(j + 6, ")");
    int yearTok = bracketYear ? j + 5 : j + 4;
    if (!t.isNumber(yearTok)) {
      return -1;
    }
    int a = t.number[j];
    int b = t.number[j + 2];
    int c = t.number[yearTok];
    int y;
    int m;
    int d;
    if (!bracketYear && t.digits[j] == 4 && t.digits[j + 2] <= 2 && t.digits[j + 4] <= 2) {
      y = a;
      m = b;
      d = c;
    } else if (t.digits[j] <= 2 && t.digits[j + 2] <= 2 && t.digits[yearTok] == 4) {
      d = a;
      m = b;
      y = c;
      if (m > 12 && d <= 12) {
        int s = m;
        m = d;
        d = s;
      }
    } else {
      return -1;
    }
    if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 2200) {
      return -1;
    }
    j = bracketYear ? j + 7 : j + 5;
    if (paren) {
      if (!t.is(j, ")")) {
        return -1;
      }
      j++;
    }
    boolean hijri = false;
    if (in(t, j, TimeLexicon.HIJRI_ERA)) {
      hijri = true;
      j++;
    } else if (in(t, j, TimeLexicon.GREGORIAN_ERA)) {
      j++;
    }
    h.year = y;
    h.month = m;
    h.day = d;
    h.hijri = hijri;
    return j;
  }

  /** A month name, possibly paired with its name in another system: فبراير (شباط). */
  private static MonthHit month(TimeTokens t, int j, boolean pair) {
    if (j >= t.size) {
      return null;
    }
    MonthHit m = null;
    Integer g = lookup(t, j, TimeLexicon.GREGORIAN_MONTHS);
    if (g != null) {
      m = new MonthHit(j + 1, g, false, in(t, j, TimeLexicon.AMBIGUOUS_MONTHS), false);
    } else if (is(t, j, "كانون") && j + 1 < t.size && TimeLexicon.KANUN.containsKey(t.text[j + 1])) {
      m = new MonthHit(j + 2, TimeLexicon.KANUN.get(t.text[j + 1]), false, false, false);
    } else if (is(t, j, "تشرين") && j + 1 < t.size && TimeLexicon.TISHRIN.containsKey(t.text[j + 1])) {
      m = new MonthHit(j + 2, TimeLexicon.TISHRIN.get(t.text[j + 1]), false, false, false);
    } else if (is(t, j, "ربيع") && j + 1 < t.size && TimeLexicon.RABI.containsKey(t.text[j + 1])) {
      m = new MonthHit(j + 2, TimeLexicon.RABI.get(t.text[j + 1]), true, false, false);
    } else if (is(t, j, "جمادي") && j + 1 < t.size && TimeLexicon.JUMADA.containsKey(t.text[j + 1])) {
      m = new MonthHit(j + 2, TimeLexicon.JUMADA.get(t.text[j + 1]), true, false, false);
    } else if ((is(t, j, "ذو") || is(t, j, "ذي")) && j + 1 < t.size
        && TimeLexicon.DHU.containsKey(t.text[j + 1])) {
      m = new MonthHit(j + 2, TimeLexicon.DHU.get(t.text[j + 1]), true, false, false);
    } else {
      Integer hm = lookup(t, j, TimeLexicon.HIJRI_MONTHS);
      if (hm != null) {
        m = new MonthHit(j + 1, hm, true, true, false);
      }
    }
    if (m == null || !pair || m.hijri) {
      return m;
    }
    int e = m.end;
    boolean paren = t.is(e, "(");
    if (paren || t.is(e, "/") || t.is(e, "-")) {
      MonthHit other = month(t, e + 1, false);
      if (other != null && !other.hijri && other.month == m.month) {
        int end = other.end;
        if (paren) {
          if (!t.is(end, ")")) {
            return m;
          }
          end++;
        }
        return new MonthHit(end, m.month, false, false, true);
      }
    }
    return m;
  }

  /** [عام|سنة] [(] yyyy [)] [era]; a year word is optional here. */
  private static YearHit yearPart(TimeTokens t, int j) {
    int k = j;
    boolean keyword = in(t, k, TimeLexicon.YEAR_WORDS);
    if (keyword) {
      k++;
    }
    boolean paren = t.is(k, "(");
    if (paren) {
      k++;
    }
    if (!t.isNumber(k) || t.digits[k] < 3 || t.digits[k] > 4) {
      return null;
    }
    int year = t.number[k];
    int yearDigits = t.digits[k];
    k++;
    if (paren) {
      if (!t.is(k, ")")) {
        return null;
      }
      k++;
    }
    Boolean era = null;
    if (in(t, k, TimeLexicon.HIJRI_ERA)) {
      era = Boolean.TRUE;
      k++;
    } else if (in(t, k, TimeLexicon.GREGORIAN_ERA)) {
      era = Boolean.FALSE;
      k++;
    }
    if (yearDigits == 3 && era != Boolean.TRUE) {
      return null; // three digits only as a Hijri year with its marker
    }
    return new YearHit(k, year, era, keyword);
  }

  private static int yearExpression(TimeTokens t, int k, DateHit h, boolean bareYearOk) {
    YearHit y = yearPart(t, k);
    if (y == null) {
      return -1;
    }
    if (y.hijriEra == Boolean.TRUE) {
      if (y.year < 1 || y.year > 1600) {
        return -1;
      }
      h.hijri = true;
    } else if (y.keyword) {
      if (y.year < 1000 || y.year > 2200) {
        return -1;
      }
    } else if (y.hijriEra != null) {
      if (y.year < 1500 || y.year > 2200) { // "1000 م مربع" is metres
        return -1;
      }
    } else {
      boolean bracketed = k > 0 && t.is(k - 1, "(") && t.is(k + 1, ")"); // a caption's "(1948)"
      boolean eventYear = k > 0 && (in(t, k - 1, TimeLexicon.EVENT_WORDS) // حرب 1967
          || (k > 1 && in(t, k - 2, TimeLexicon.EVENT_WORDS) // الانتفاضة الأولى 1987
              && TimeLexicon.EVENT_ORDINALS.contains(t.text[k - 1])));
      if (!(bareYearOk || bracketed || eventYear) || y.year < 1900 || y.year > 2100) {
        return -1;
      }
    }
    h.year = y.year;
    return y.end;
  }

  /** An ordinal 1–31 packed as (end << 32 | value), or -1. */
  static long ordinal(TimeTokens t, int j) {
    if (j >= t.size) {
      return -1;
    }
    Integer o = TimeLexicon.ORDINALS.get(t.text[j]);
    if (o != null) {
      if (o < 10 && t.is(j + 1, "عشر")) {
        return ((long) (j + 2) << 32) | (o + 10);
      }
      if (o < 10 && j + 1 < t.size && t.text[j + 1].startsWith("و")
          && TimeLexicon.ORDINAL_TENS.containsKey(t.text[j + 1])) {
        return ((long) (j + 2) << 32) | (o + TimeLexicon.ORDINAL_TENS.get(t.text[j + 1]));
      }
      if (t.text[j].equals("الحادي")) {
        return -1;
      }
      return ((long) (j + 1) << 32) | o;
    }
    Integer tens = TimeLexicon.ORDINAL_TENS.get(t.text[j]);
    if (tens != null && !t.text[j].startsWith("و")) {
      return ((long) (j + 1) << 32) | tens;
    }
    return -1;
  }

  // ---------------------------------------------------------------- wrappers and relatives

  /** منذ / قبل / بعد / خلال / حتى / بتاريخ + a date, kept in the span. */
  private static Match prepositional(TimeTokens t, int i) {
    if (!in(t, i, TimeLexicon.DATE_PREPOSITIONS)) {
      return null;
    }
    int j = i + 1;
    if (t.is(j, ":")) {
      j++;
    }
    Match inner = date(t, j, true, true);
    inner = longer(inner, periodPart(t, j));
    inner = longer(inner, unitRelative(t, j));
    inner = longer(inner, season(t, j));
    inner = longer(inner, century(t, j));
    inner = longer(inner, decade(t, j));
    inner = longer(inner, range(t, j, true));
    return inner == null ? null : inner.from(i);
  }

  private static final Set<String> THIS = ImmutableSet.of("هذا", "هذه");
  /** Heads of names that contain اليوم / الغد: صحيفة الغد, قناة اليوم. */
  private static final Set<String> NAME_HEADS = ImmutableSet.of(
      "صحيفه", "جريده", "موقع", "قناه", "حزب", "تيار", "حركه", "مجله", "برنامج", "مؤسسه");
  private static final Set<String> NAMED_DAYS = ImmutableSet.of(
      "العالمي", "الوطني", "الدولي", "العربي", "المفتوح", "الدراسي");
  private static final Set<String> EVENT_RELATIVE_DAYS = ImmutableSet.of(
      "التالي", "السابق", "المحدد", "نفسه", "ذاته", "الاخير", "الموعود");
  private static final Set<String> YESTERDAY = ImmutableSet.of("امس", "الامس", "البارحه");
  private static final Set<String> TOMORROW = ImmutableSet.of("غدا", "غد", "الغد", "بكره", "بكرا");

  /** الأسبوع الماضي, الشهر المقبل, هذا العام, السنوات الأخيرة. */
  private static Match unitRelative(TimeTokens t, int i) {
    int j = i;
    boolean hatha = in(t, j, THIS);
    if (hatha) {
      j++;
    }
    Integer unit = lookup(t, j, TimeLexicon.CALENDAR_UNITS);
    if (unit == null) {
      if (hatha) {
        return null;
      }
      TimeLexicon.Unit definite = lookup(t, j, TimeLexicon.DEFINITE_UNITS);
      if (definite == null && !in(t, j, TimeLexicon.PLURAL_UNITS_DEFINITE)) {
        return null;
      }
      j++;
      int count = definite != null && definite.count() == 2 ? 2 : -1;
      Integer n = j < t.size ? TimeLexicon.NUMBER_WORDS.get(stripArticle(t.text[j])) : null;
      if (n != null && count < 0) {
        count = n; // الأشهر الستة الماضية
        j++;
      }
      Integer vd = j < t.size ? TimeLexicon.VAGUE_DIRECTIONS.get(t.text[j]) : null;
      if (vd == null) {
        return null;
      }
      int direction = vd == TimeLexicon.PAST ? DIR_PAST : DIR_FORWARD;
      if (count > 0 && definite != null) { // the past two weeks: a length of time
        String iso = "P" + (definite.time() ? "T" : "") + count + definite.designator();
        return new Match(i, j + 1, TimexType.DURATION, direction, (p, f) -> Optional.of(iso));
      }
      String v = vd == TimeLexicon.PAST ? "PAST_REF" : "FUTURE_REF";
      return new Match(i, j + 1, TimexType.DATE, direction, (p, f) -> Optional.of(v));
    }
    j++;
    Integer dir = j < t.size ? TimeLexicon.DIRECTIONS.get(t.text[j]) : null;
    if (dir != null) {
      j++;
    } else if (hatha) {
      dir = TimeLexicon.NOW;
    } else {
      return null;
    }
    return unitMatch(i, j, unit, dir);
  }

  private static String stripArticle(String s) {
    return s.startsWith("ال") ? s.substring(2) : s;
  }

  private static Match unitMatch(int i, int end, int unit, int dir) {
    int direction = dir == TimeLexicon.PAST ? DIR_PAST : dir == TimeLexicon.NEXT ? DIR_FORWARD : DIR_NONE;
    return new Match(i, end, TimexType.DATE, direction, (p, f) -> {
      if (p == null) {
        return Optional.empty();
      }
      return Optional.of(switch (unit) {
        case TimeLexicon.DECADE -> String.format("%03d", p.getYear() / 10 + dir);
        case TimeLexicon.WEEK -> week(p.plusWeeks(dir));
        case TimeLexicon.MONTH -> YearMonth.from(p).plusMonths(dir).toString();
        default -> year(p.getYear() + dir);
      });
    });
  }

  /** مطلع فبراير, أواخر 2025, نهاية العام, منتصف الشهر المقبل. */
  private static Match periodPart(TimeTokens t, int i) {
    if (!in(t, i, TimeLexicon.PERIOD_PARTS)) {
      return null;
    }
    int j = i + 1;
    Match inner = unitRelative(t, j);
    Integer unit = lookup(t, j, TimeLexicon.CALENDAR_UNITS);
    if (unit != null) {
      inner = longer(inner, unitMatch(j, j + 1, unit, TimeLexicon.NOW));
    }
    DateHit h = parseDate(t, j, true);
    if (h != null && h.weekday < 0 && h.day < 0) {
      inner = longer(inner, new Match(j, h.end, TimexType.DATE, DIR_NONE, (p, f) -> resolve(h, p, f)));
    }
    return inner == null ? null : inner.from(i);
  }

  /** اليوم, أمس, أول من أمس, غداً, بعد غد, مساء أمس, صباح اليوم, الليلة, مساء الخميس. */
  private static Match deictic(TimeTokens t, int i) {
    if (i > 0 && in(t, i - 1, NAME_HEADS)) {
      return null; // صحيفة الغد, موقع اليوم السابع
    }
    int j = i;
    if (is(t, j, "يوم")) {
      j++;
    }
    String part = lookup(t, j, TimeLexicon.DAY_PARTS);
    if (part != null) {
      j++;
      if (is(t, j, "يوم")) {
        j++;
      }
    }
    int offset = Integer.MIN_VALUE;
    String impliedPart = null;
    if (is(t, j, "اليوم")) {
      if (j + 1 < t.size && NAMED_DAYS.contains(t.text[j + 1])) {
        return null; // اليوم العالمي للمرأة: a name, not today
      }
      if (j + 1 < t.size && (EVENT_RELATIVE_DAYS.contains(t.text[j + 1])
          || TimeLexicon.ORDINALS.containsKey(t.text[j + 1]))) {
        // اليوم التالي, اليوم الأول: counted from an event we do not know, so no value
        return new Match(i, j + 2, TimexType.DATE, DIR_NONE, NONE);
      }
      offset = 0;
      j++;
    } else if (in(t, j, THIS) && t.is(j + 1, "اليوم")) {
      offset = 0;
      j += 2;
    } else if (in(t, j, YESTERDAY)) {
      offset = -1;
      j++;
      if (t.is(j, "الاول")) {
        offset = -2;
        j++;
      }
    } else if (is(t, j, "اول") && t.is(j + 1, "امس")) {
      offset = -2;
      j += 2;
    } else if (is(t, j, "اول") && t.is(j + 1, "من") && t.is(j + 2, "امس")) {
      offset = -2;
      j += 3;
    } else if (in(t, j, TOMORROW)) {
      offset = 1;
      j++;
    } else if (is(t, j, "بعد") && (t.is(j + 1, "غد") || t.is(j + 1, "غدا"))) {
      offset = 2;
      j += 2;
    } else if (part == null && is(t, j, "الليله")) {
      offset = 0;
      impliedPart = "NI";
      j++;
      if (t.is(j, "الماضيه")) {
        offset = -1;
        j++;
      }
    } else if (part == null && in(t, j, THIS) && (t.is(j + 1, "الصباح") || t.is(j + 1, "المساء"))) {
      offset = 0;
      impliedPart = t.is(j + 1, "الصباح") ? "MO" : "EV";
      j += 2;
    }
    if (offset == Integer.MIN_VALUE) {
      if (part == null) {
        return null;
      }
      DateHit h = parseDate(t, j, false);
      if (h == null || (h.day < 0 && h.weekday < 0)) {
        return null;
      }
      String code = part;
      return new Match(i, h.end, TimexType.TIME, h.direction(),
          (p, f) -> resolve(h, p, f).filter(v -> v.length() == 10).map(v -> v + "T" + code));
    }
    if (part == null && impliedPart == null) {
      String adverb = j < t.size ? TimeLexicon.DAY_PART_ADVERBS.get(t.text[j]) : null;
      if (adverb != null) {
        impliedPart = adverb;
        j++;
      }
    }
    // يوم أمس الأربعاء 28 يناير: the explicit date that follows belongs to the same expression
    DateHit h = parseDate(t, j, false);
    if (h != null && (h.day > 0 || h.weekday > 0) && h.dir == Integer.MIN_VALUE) {
      j = h.end;
    } else {
      h = null;
    }
    int off = offset;
    String code = part != null ? part : impliedPart;
    DateHit explicit = h;
    int direction = off < 0 ? DIR_PAST : off > 0 ? DIR_FORWARD : DIR_NONE;
    return new Match(i, j, code != null ? TimexType.TIME : TimexType.DATE, direction, (p, f) -> {
      Optional<String> v = Optional.empty();
      if (explicit != null && (explicit.day > 0 && explicit.month > 0)) {
        v = resolve(explicit, p, f);
      }
      if (v.isEmpty() && p != null) {
        v = Optional.of(p.plusDays(off).toString());
      }
      return code == null ? v : v.map(x -> x + "T" + code);
    });
  }

  /** خريف 2025, صيف العام 2024, الشتاء المقبل, الشتاء. */
  private static Match season(TimeTokens t, int i) {
    int j = i;
    if (is(t, j, "فصل")) {
      j++;
    }
    String code = lookup(t, j, TimeLexicon.SEASONS);
    if (code == null) {
      return null;
    }
    boolean definite = t.text[j].contains("ال");
    j++;
    YearHit y = yearPart(t, j);
    if (y != null && y.year >= 1000 && y.hijriEra != Boolean.TRUE) {
      String v = year(y.year) + "-" + code;
      return new Match(i, y.end, TimexType.DATE, DIR_NONE, (p, f) -> Optional.of(v));
    }
    Integer dir = j < t.size ? TimeLexicon.DIRECTIONS.get(t.text[j]) : null;
    if (dir != null && definite) {
      int start = switch (code) {
        case "SP" -> 3;
        case "SU" -> 6;
        case "FA" -> 9;
        default -> 12;
      };
      int d = dir;
      return new Match(i, j + 1, TimexType.DATE,
          d == TimeLexicon.PAST ? DIR_PAST : d == TimeLexicon.NEXT ? DIR_FORWARD : DIR_NONE,
          (p, f) -> {
            if (p == null) {
              return Optional.empty();
            }
            int yy = p.getYear() + 1;
            // the season instance (year yy starts in month 'start') relative to p
            while (yy > p.getYear() - 2) {
              LocalDate s = LocalDate.of(yy, start, 1);
              LocalDate e = s.plusMonths(3);
              boolean ok = switch (d) {
                case TimeLexicon.PAST -> !e.isAfter(p);
                case TimeLexicon.NEXT -> s.isAfter(p) && !LocalDate.of(yy - 1, start, 1).isAfter(p);
                default -> !s.isAfter(p) && e.isAfter(p);
              };
              if (ok) {
                return Optional.of(year(yy) + "-" + code);
              }
              yy--;
            }
            return Optional.empty();
          });
    }
    if (definite && !code.equals("SP")) { // الربيع alone is too often "the Arab Spring"
      return new Match(i, j, TimexType.DATE, DIR_NONE, NONE);
    }
    return null;
  }

  /** القرن العشرين = "19" (TIMEX3 centuries count from 00), القرن الماضي, القرن 19. */
  private static Match century(TimeTokens t, int i) {
    if (!is(t, i, "القرن")) {
      return null;
    }
    int j = i + 1;
    int n = -1;
    long ord = ordinal(t, j);
    if (ord > 0) {
      n = (int) ord;
      j = (int) (ord >>> 32);
    } else if (t.isNumber(j) && t.number[j] >= 1 && t.number[j] <= 30) {
      n = t.number[j];
      j++;
    } else {
      Integer dir = j < t.size ? TimeLexicon.DIRECTIONS.get(t.text[j]) : null;
      if (dir == null) {
        return null;
      }
      int d = dir;
      return new Match(i, j + 1, TimexType.DATE, d < 0 ? DIR_PAST : d > 0 ? DIR_FORWARD : DIR_NONE,
          (p, f) -> p == null ? Optional.empty() : Optional.of(two(p.getYear() / 100 + d)));
    }
    boolean hijri = false;
    if (t.is(j, "الميلادي")) {
      j++;
    } else if (t.is(j, "الهجري")) {
      hijri = true;
      j++;
    }
    String v = two(n - 1);
    return new Match(i, j, TimexType.DATE, DIR_NONE, hijri ? NONE : (p, f) -> Optional.of(v));
  }

  /** الستينيات [من القرن الماضي / العشرين] = "196". */
  private static Match decade(TimeTokens t, int i) {
    Integer dec = lookup(t, i, TimeLexicon.DECADES);
    if (dec == null) {
      return null;
    }
    int j = i + 1;
    int century = 19;
    if (t.is(j, "من") && t.is(j + 1, "القرن")) {
      long ord = ordinal(t, j + 2);
      if (ord > 0) {
        century = (int) ord - 1;
        j = (int) (ord >>> 32);
      } else if (t.is(j + 2, "الماضي")) {
        j += 3;
      }
    }
    String v = century + "" + dec;
    return new Match(i, j, TimexType.DATE, DIR_NONE, (p, f) -> Optional.of(v));
  }

  /** Number words: ثلاث, خمسة عشر, خمس وعشرين; packed (end << 32 | value), or -1. */
  static long numberWords(TimeTokens t, int j) {
    if (j >= t.size) {
      return -1;
    }
    Integer n = lookup(t, j, TimeLexicon.NUMBER_WORDS);
    if (n == null) {
      return -1;
    }
    int v = n;
    int k = j + 1;
    if (v < 10 && (t.is(k, "عشر") || t.is(k, "عشره"))) {
      v += 10;
      k++;
    } else if (v < 10 && k < t.size && t.text[k].startsWith("و")) {
      Integer tens = TimeLexicon.NUMBER_WORDS.get(t.text[k].substring(1));
      if (tens != null && tens >= 20 && tens < 100) {
        v += tens;
        k++;
      }
    }
    return ((long) k << 32) | v;
  }

  private static final Set<String> BEFORE = ImmutableSet.of("قبل");
  private static final Set<String> AMBIGUOUS_SINGULAR_UNITS = ImmutableSet.of("عقد");

  /** خلال 15 يوماً, منذ ثلاث سنوات, لمدة ساعتين, أسبوعاً, قبل عامين (a DATE), بعد ساعات. */
  private static Match duration(TimeTokens t, int i) {
    int j = i;
    boolean trigger = false;
    boolean before = false;
    boolean since = false;
    if (in(t, j, BEFORE)) {
      before = trigger = true;
      j++;
    } else if (in(t, j, TimeLexicon.DURATION_TRIGGERS)) {
      trigger = true;
      since = is(t, j, "منذ");
      j++;
    } else if (is(t, j, "علي") && (t.is(j + 1, "مدي") || t.is(j + 1, "مدار"))) {
      trigger = true;
      j += 2;
    }
    if (trigger && (t.is(j, "نحو") || t.is(j, "حوالي") || t.is(j, "قرابه"))) {
      j++;
    } else if (trigger && (t.is(j, "اكثر") || t.is(j, "اقل")) && t.is(j + 1, "من")) {
      j += 2; // منذ أكثر من عامين
    }
    int n = -1;
    boolean vague = false;
    if (t.isNumber(j) && t.digits[j] <= 4 && t.number[j] > 0) {
      n = t.number[j];
      j++;
    } else {
      long nw = numberWords(t, j);
      if (nw > 0) {
        n = (int) nw;
        j = (int) (nw >>> 32);
      } else if (in(t, j, TimeLexicon.VAGUE_QUANTIFIERS)) {
        vague = true;
        trigger = true;
        j++;
      }
    }
    TimeLexicon.Unit u = lookup(t, j, TimeLexicon.DURATION_UNITS);
    if (u == null) {
      return null;
    }
    if (u.count() == 1 && n >= 3 && n <= 10 && !t.text[j].endsWith("ا")) {
      return null; // "رقم 9 عام ( 1921 )": 3–10 take a plural, so this is no duration
    }
    if (in(t, j, TimeLexicon.YEAR_WORDS) && (t.isNumber(j + 1) || t.is(j + 1, "("))) {
      return null; // "9 عام 1921"
    }
    if (n < 0 && !vague) {
      if (u.count() == 2) {
        n = 2;
      } else if (u.count() == 1) {
        boolean lone = TimeLexicon.LONE_ACCUSATIVE.contains(t.text[j]) && !t.is(j + 1, "ما");
        boolean completed = TimeLexicon.ACCUSATIVE_UNITS.contains(t.text[j])
            && j + 1 < t.size && TimeLexicon.WHOLE.contains(t.text[j + 1]); // عقداً كاملاً
        if (!trigger && !lone && !completed) {
          return null;
        }
        if (!completed && in(t, j, AMBIGUOUS_SINGULAR_UNITS)) {
          return null; // بعد عقد اتفاقية: "holding", not "a decade"
        }
        if (completed) {
          j++; // كاملاً belongs to the expression
        }
        n = 1;
      } else {
        if (!trigger && !u.time()) {
          return null; // bare ساعات / دقائق are vague durations; bare سنوات, أيام too often not
        }
        vague = true;
      }
    }
    j++;
    long trailing = numberWords(t, j); // يوماً واحداً
    if (trailing > 0 && (int) trailing <= 2) {
      j = (int) (trailing >>> 32);
    }
    String iso = vague ? null : "P" + (u.time() ? "T" : "") + n + u.designator();
    if (before) {
      int count = n;
      boolean isVague = vague;
      String unit = u.designator();
      boolean time = u.time();
      return new Match(i, j, TimexType.DATE, DIR_PAST, (p, f) -> {
        if (isVague) {
          return Optional.of("PAST_REF");
        }
        if (p == null) {
          return Optional.empty();
        }
        if (time) {
          return Optional.of(p.toString());
        }
        return Optional.ofNullable(switch (unit) {
          case "D" -> p.minusDays(count).toString();
          case "W" -> week(p.minusWeeks(count));
          case "M" -> YearMonth.from(p).minusMonths(count).toString();
          case "Y" -> year(p.getYear() - count);
          default -> null;
        });
      });
    }
    return new Match(i, j, TimexType.DURATION, since ? DIR_PAST : DIR_NONE,
        (p, f) -> Optional.ofNullable(iso));
  }

  /** يومياً, أسبوعياً, كل عام, كل يوم جمعة. */
  private static Match recurrence(TimeTokens t, int i) {
    String adverb = lookup(t, i, TimeLexicon.SET_ADVERBS);
    if (adverb != null) {
      return new Match(i, i + 1, TimexType.SET, DIR_NONE, (p, f) -> Optional.of(adverb));
    }
    if (!is(t, i, "كل")) {
      return null;
    }
    int j = i + 1;
    int k = t.is(j, "يوم") ? j + 1 : j;
    if (k < t.size) {
      Integer wd = TimeLexicon.WEEKDAYS.get(t.text[k]);
      if (wd == null) {
        wd = TimeLexicon.WEEKDAYS.get("ال" + t.text[k]);
      }
      if (wd != null) {
        String v = "XXXX-WXX-" + wd;
        return new Match(i, k + 1, TimexType.SET, DIR_NONE, (p, f) -> Optional.of(v));
      }
    }
    String unit = j < t.size ? TimeLexicon.SET_UNITS.get(t.text[j]) : null;
    if (unit == null) {
      return null;
    }
    return new Match(i, j + 1, TimexType.SET, DIR_NONE, (p, f) -> Optional.of(unit));
  }

  private static final Set<String> PERIOD_NOUNS = ImmutableSet.of(
      "الفتره", "فتره", "الحقبه", "حقبه", "العهد", "عهد", "العصر", "عصر");

  /** الفترة العثمانية, فترة الحكم العثماني, العهد المملوكي: a period without a value. */
  private static Match historicalPeriod(TimeTokens t, int i) {
    if (!in(t, i, PERIOD_NOUNS)) {
      return null;
    }
    int j = i + 1;
    if (t.is(j, "الحكم")) {
      j++;
    }
    if (j < t.size && TimeLexicon.DYNASTIES.contains(t.text[j])) {
      return new Match(i, j + 1, TimexType.DATE, DIR_NONE, NONE);
    }
    return null;
  }

  /**
   * الساعة 10:30 صباحاً, الساعة العاشرة والنصف مساءً, الساعة الثانية ظهراً بتوقيت مكة. The
   * day is not known from the clock alone, so the value is {@code XXXX-XX-XXT22:30}; a clock
   * after a resolved day (مساء الخميس الساعة 8) is left to that day's own expression.
   */
  private static Match clockTime(TimeTokens t, int i) {
    if (is(t, i, "منتصف") && t.is(i + 1, "الليل")) {
      return new Match(i, i + 2, TimexType.TIME, DIR_NONE, (p, f) -> Optional.of("XXXX-XX-XXT24:00"));
    }
    if (!is(t, i, "الساعه")) {
      return null;
    }
    int j = i + 1;
    int hour;
    int minute = 0;
    if (t.isNumber(j) && t.digits[j] <= 2 && t.number[j] <= 24) {
      hour = t.number[j];
      j++;
      if ((t.is(j, ":") || t.is(j, ".")) && t.isNumber(j + 1) && t.digits[j + 1] == 2
          && t.number[j + 1] < 60) {
        minute = t.number[j + 1];
        j += 2;
      }
    } else {
      Integer h = j < t.size ? TimeLexicon.CLOCK_HOURS.get(t.text[j]) : null;
      if (h == null) {
        return null;
      }
      hour = h;
      j++;
      if (hour <= 2 && (t.is(j, "عشره") || t.is(j, "عشر"))) {
        hour += 10;
        j++;
      } else if (hour == 11) {
        return null; // الحادية without عشرة
      }
    }
    if (t.is(j, "والنصف")) {
      minute = 30;
      j++;
    } else if (t.is(j, "والربع")) {
      minute = 15;
      j++;
    } else if (t.is(j, "الا") && t.is(j + 1, "ربعا")) {
      minute = 45;
      hour = hour == 0 ? 23 : hour - 1;
      j += 2;
    }
    int k = t.is(j, "من") ? j + 1 : j;
    Match day = deictic(t, k);
    String part = day != null || j >= t.size ? null : TimeLexicon.DAY_PART_ADVERBS.get(t.text[j]);
    if (part != null) {
      j++;
      if (!part.equals("MO") && hour < 12 && !(part.equals("MI") && hour >= 11)) {
        hour += 12;
      } else if (part.equals("NI") && hour == 12) {
        hour = 0;
      }
    }
    if (is(t, j, "بتوقيت") || is(t, j, "بالتوقيت")) {
      j += j + 1 < t.size ? 2 : 1;
    }
    if (hour > 24) {
      return null;
    }
    String clock = two(hour % 24) + ":" + two(minute);
    // الساعة العاشرة من صباح اليوم / الساعة 8 مساء أمس: the day comes after the clock
    if (day != null) {
      int h = hour;
      int m = minute;
      Resolver dayValue = day.value();
      return new Match(i, day.end(), TimexType.TIME, day.direction(), (p, f) -> {
        Optional<String> d = dayValue.resolve(p, f).filter(x -> x.length() >= 10
            && Character.isDigit(x.charAt(0)));
        if (d.isEmpty()) {
          return Optional.of("XXXX-XX-XXT" + clock);
        }
        String x = d.get();
        int hh = h;
        if (x.length() > 10 && !x.endsWith("TMO") && hh < 12) {
          hh += 12; // مساء / ليلة / عصر
        }
        return Optional.of(x.substring(0, 10) + "T" + two(hh % 24) + ":" + two(m));
      });
    }
    String v = "XXXX-XX-XXT" + clock;
    return new Match(i, j, TimexType.TIME, DIR_NONE, (p, f) -> Optional.of(v));
  }

  /** الربع الأول من العام الجاري = 2026-Q1, النصف الثاني من 2025 = 2025-H2. */
  private static Match quarter(TimeTokens t, int i) {
    boolean isQuarter = is(t, i, "الربع");
    if (!isQuarter && !is(t, i, "النصف")) {
      return null;
    }
    int j = i + 1;
    Integer n = j < t.size ? TimeLexicon.ORDINALS.get(t.text[j]) : null;
    if (n == null && t.is(j, "الاخير")) {
      n = isQuarter ? 4 : 2;
    }
    if (n == null || n > (isQuarter ? 4 : 2) || t.text[j].equals("الحادي")) {
      return null;
    }
    j++;
    if (t.is(j, "من")) {
      j++;
    }
    Match anchor = unitRelative(t, j);
    Integer unit = lookup(t, j, TimeLexicon.CALENDAR_UNITS);
    if (unit != null && unit == TimeLexicon.YEAR) {
      anchor = longer(anchor, unitMatch(j, j + 1, unit, TimeLexicon.NOW));
    }
    DateHit h = parseDate(t, j, true);
    if (h != null && h.month < 0 && h.weekday < 0 && !h.hijri) {
      anchor = longer(anchor, new Match(j, h.end, TimexType.DATE, DIR_NONE, (p, f) -> resolve(h, p, f)));
    }
    if (anchor == null) {
      return null;
    }
    String suffix = (isQuarter ? "-Q" : "-H") + n;
    Resolver year = anchor.value();
    return new Match(i, anchor.end, TimexType.DATE, anchor.direction(),
        (p, f) -> year.resolve(p, f).filter(v -> v.length() == 4).map(v -> v + suffix));
  }

  /** الآن, حالياً, في الوقت الحالي / الراهن. */
  private static Match present(TimeTokens t, int i) {
    if (in(t, i, TimeLexicon.PRESENT)) {
      return new Match(i, i + 1, TimexType.DATE, DIR_NONE, (p, f) -> Optional.of("PRESENT_REF"));
    }
    if (is(t, i, "الوقت") && (t.is(i + 1, "الحالي") || t.is(i + 1, "الراهن"))) {
      return new Match(i, i + 2, TimexType.DATE, DIR_NONE, (p, f) -> Optional.of("PRESENT_REF"));
    }
    return null;
  }

  private static final Set<String> RANGE_TO = ImmutableSet.of("-", "الي", "حتي", "لغايه", "وحتي", "والي");
  private static final Set<String> YEARS_WORDS = ImmutableSet.of(
      "عامي", "العامين", "سنتي", "السنتين", "الاعوام", "السنوات", "عام", "العام", "سنه", "السنه");

  /** بين عامي 2015 و2020, من 2015 إلى 2020, 1936 - 1939, من 13 وحتى 15 نوفمبر 2016. */
  private static Match range(TimeTokens t, int i, boolean yearContext) {
    int j = i;
    boolean between = is(t, j, "بين");
    boolean from = !between && is(t, j, "من");
    if (between || from) {
      j++;
    }
    boolean yearsWord = in(t, j, YEARS_WORDS);
    if (yearsWord && (between || from)) {
      j++;
    }
    boolean bareOk = between || from || yearsWord || yearContext;
    boolean pairKeyword = !between && !from && in(t, j, TimeLexicon.YEAR_WORDS);
    Match pair = yearPair(t, i, pairKeyword ? j + 1 : j, bareOk || pairKeyword);
    if (pair != null) {
      return pair;
    }
    // day range inside one month: 13 - 15 نوفمبر 2016
    if (t.isNumber(j) && t.digits[j] <= 2 && t.number[j] >= 1) {
      int k = j + 1;
      if (k < t.size && (in(t, k, RANGE_TO) || (t.is(k, "و") && between))) {
        DateHit second = parseDate(t, k + 1, false);
        if (second != null && second.day > 0 && second.month > 0 && second.weekday < 0) {
          DateHit first = copyWithDay(second, t.number[j]);
          return rangeMatch(i, second.end, first, second);
        }
      }
    }
    if (!bareOk && t.isNumber(j) && t.digits[j] == 4 && t.is(j + 1, "-") && t.isNumber(j + 2)
        && t.digits[j + 2] == 4 && t.number[j] >= 1800 && t.number[j + 2] <= 2100
        && t.number[j] < t.number[j + 2]) { // 1936 - 1939
      DateHit a = new DateHit();
      a.year = t.number[j];
      DateHit b = new DateHit();
      b.year = t.number[j + 2];
      return rangeMatch(i, j + 3, a, b);
    }
    DateHit first = parseDate(t, j, bareOk);
    if (first == null || first.dir != Integer.MIN_VALUE) {
      return null;
    }
    int k = first.end;
    DateHit second = null;
    if (k < t.size && (in(t, k, RANGE_TO) || (between && t.is(k, "و")))) {
      int s = k + 1;
      if (in(t, s, YEARS_WORDS)) {
        s++;
      }
      second = parseDate(t, s, true);
    } else if (between && k < t.size && t.text[k].startsWith("و") && t.text[k].length() > 1) {
      second = parseDate(t, k, true); // بين يناير ومارس
      if (second == null && first.month > 0 && !first.hijri) {
        MonthHit m = month(t, k, true); // an ambiguous name (مارس) is safe after بين يناير و
        if (m != null && !m.hijri) {
          second = new DateHit();
          second.month = m.month;
          second.end = m.end;
          YearHit y = yearPart(t, m.end);
          if (y != null && y.hijriEra != Boolean.TRUE && y.year >= 1000) {
            second.year = y.year;
            second.end = y.end;
          }
        }
      }
    }
    if (second == null || second.dir != Integer.MIN_VALUE) {
      return null;
    }
    boolean dash = t.is(k, "-");
    if (!between && !from && !dash && !in(t, k, RANGE_TO)) {
      return null;
    }
    if (!between && !from && first.month < 0 && first.year > 0 && second.year > 0
        && second.year <= first.year) {
      return null;
    }
    if (first.year < 0 && second.year > 0 && first.month > 0) {
      first.year = second.year;
      first.hijri = second.hijri;
    }
    return rangeMatch(i, second.end, first, second);
  }

  /** 2024/2025, عام ( 1931 / 1932 ): a season, fiscal or school year written as two years. */
  private static Match yearPair(TimeTokens t, int i, int j, boolean bareOk) {
    boolean paren = t.is(j, "(");
    int k = paren ? j + 1 : j;
    if (!t.isNumber(k) || t.digits[k] != 4 || !t.is(k + 1, "/") || !t.isNumber(k + 2)
        || t.digits[k + 2] != 4) {
      return null;
    }
    int y1 = t.number[k];
    int y2 = t.number[k + 2];
    int end = k + 3;
    if (paren) {
      if (!t.is(end, ")")) {
        return null;
      }
      end++;
    }
    if (y1 < 1000 || y2 > 2200 || y2 <= y1 || y2 - y1 > 10 || !(bareOk || paren || y2 == y1 + 1)) {
      return null;
    }
    DateHit a = new DateHit();
    a.year = y1;
    DateHit b = new DateHit();
    b.year = y2;
    return rangeMatch(i, end, a, b);
  }

  private static DateHit copyWithDay(DateHit h, int day) {
    DateHit c = new DateHit();
    c.year = h.year;
    c.month = h.month;
    c.day = day;
    c.hijri = h.hijri;
    c.end = h.end;
    return c;
  }

  private static Match rangeMatch(int i, int end, DateHit a, DateHit b) {
    return new Match(i, end, TimexType.DATE, DIR_NONE, (p, f) -> {
      Optional<String> x = resolve(a, p, f);
      Optional<String> y = resolve(b, p, f);
      return x.isPresent() && y.isPresent() ? Optional.of(x.get() + "/" + y.get()) : Optional.empty();
    });
  }
}
