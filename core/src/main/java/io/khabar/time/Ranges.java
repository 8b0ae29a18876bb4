package io.khabar.time;

import static io.khabar.time.CalendarDates.parseDate;
import static io.khabar.time.CalendarDates.yearPart;
import static io.khabar.time.MonthNames.month;
import static io.khabar.time.Ranges.range;
import static io.khabar.time.TimeLexicon.in;
import static io.khabar.time.TimeLexicon.is;
import static io.khabar.time.TimexGrammar.DIR_NONE;

import com.google.common.collect.ImmutableSet;
import io.khabar.time.CalendarDates.YearHit;
import io.khabar.time.MonthNames.MonthHit;
import io.khabar.time.TimexGrammar.Match;
import java.util.Set;

/**
 * Detection of ranges, one timex each: بين عامي 2015 و2020, من 2015 إلى 2020, 1936 - 1939, من
 * 13 وحتى 15 نوفمبر 2026 (the month and year of the second end complete the first), بين يناير
 * ومارس 2020, and two years written as one season (2024/2025). Rules: a bare "yyyy - yyyy"
 * needs the first year before the second; a two-year pair spans at most ten years.
 */
final class Ranges {

  private Ranges() {}

  static final Set<String> RANGE_TO = ImmutableSet.of("-", "الي", "حتي", "لغايه", "وحتي", "والي");
  static final Set<String> YEARS_WORDS = ImmutableSet.of(
      "عامي", "العامين", "سنتي", "السنتين", "الاعوام", "السنوات", "عام", "العام", "سنه", "السنه");

  /** بين عامي 2015 و2020, من 2015 إلى 2020, 1936 - 1939, من 13 وحتى 15 نوفمبر 2016. */
  static Match range(TimeTokens t, int i, boolean yearContext) {
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
        if (m != null && !m.hijri()) {
          second = new DateHit();
          second.month = m.month();
          second.end = m.end();
          YearHit y = yearPart(t, m.end());
          if (y != null && y.hijriEra() != Boolean.TRUE && y.year() >= 1000) {
            second.year = y.year();
            second.end = y.end();
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
  static Match yearPair(TimeTokens t, int i, int j, boolean bareOk) {
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

  static DateHit copyWithDay(DateHit h, int day) {
    DateHit c = new DateHit();
    c.year = h.year;
    c.month = h.month;
    c.day = day;
    c.hijri = h.hijri;
    c.end = h.end;
    return c;
  }

  static Match rangeMatch(int i, int end, DateHit a, DateHit b) {
    return new Match(i, end, TimexType.DATE, DIR_NONE, TimexValues.interval(a, b));
  }
}
