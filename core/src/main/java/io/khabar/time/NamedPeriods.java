package io.khabar.time;

import static io.khabar.time.CalendarDates.ordinal;
import static io.khabar.time.CalendarDates.yearPart;
import static io.khabar.time.DateValues.two;
import static io.khabar.time.DateValues.year;
import static io.khabar.time.NamedPeriods.century;
import static io.khabar.time.NamedPeriods.season;
import static io.khabar.time.TimeLexicon.in;
import static io.khabar.time.TimeLexicon.is;
import static io.khabar.time.TimeLexicon.lookup;
import static io.khabar.time.TimexGrammar.DIR_FORWARD;
import static io.khabar.time.TimexGrammar.DIR_NONE;
import static io.khabar.time.TimexGrammar.DIR_PAST;
import static io.khabar.time.TimexValues.NONE;

import com.google.common.collect.ImmutableSet;
import io.khabar.time.CalendarDates.YearHit;
import io.khabar.time.TimexGrammar.Match;
import java.util.Set;

/**
 * Detection of named periods: seasons (خريف 2025, الشتاء المقبل; الربيع alone is not a season,
 * it is too often the Arab Spring), centuries (القرن التاسع عشر, القرن 19, القرن الماضي; a Hijri
 * century has no value), decades (الستينيات [من القرن الماضي]) and historical eras (الفترة
 * العثمانية, which have no value).
 */
final class NamedPeriods {

  private NamedPeriods() {}

  /** خريف 2025, صيف العام 2024, الشتاء المقبل, الشتاء. */
  static Match season(TimeTokens t, int i) {
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
    if (y != null && y.year() >= 1000 && y.hijriEra() != Boolean.TRUE) {
      String v = year(y.year()) + "-" + code;
      return new Match(i, y.end(), TimexType.DATE, DIR_NONE, TimexValues.constant(v));
    }
    Integer dir = j < t.size ? TimeLexicon.DIRECTIONS.get(t.text[j]) : null;
    if (dir != null && definite) {
      int d = dir;
      return new Match(i, j + 1, TimexType.DATE,
          d == TimeLexicon.PAST ? DIR_PAST : d == TimeLexicon.NEXT ? DIR_FORWARD : DIR_NONE,
          TimexValues.season(code, d));
    }
    if (definite && !code.equals("SP")) { // الربيع alone is too often "the Arab Spring"
      return new Match(i, j, TimexType.DATE, DIR_NONE, NONE);
    }
    return null;
  }

  /** القرن العشرين = "19" (TIMEX3 centuries count from 00), القرن الماضي, القرن 19. */
  static Match century(TimeTokens t, int i) {
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
          TimexValues.century(d));
    }
    boolean hijri = false;
    if (t.is(j, "الميلادي")) {
      j++;
    } else if (t.is(j, "الهجري")) {
      hijri = true;
      j++;
    }
    String v = two(n - 1);
    return new Match(i, j, TimexType.DATE, DIR_NONE, hijri ? NONE : TimexValues.constant(v));
  }

  /**
   * [عقد] الستينيات [من القرن الماضي / العشرين], ستينيات القرن الماضي / العشرين: decade 6 of a
   * century that is written, relative to publication (الماضي, الحالي), or left to context
   * ({@link TimexValues#decade}).
   */
  static Match decade(TimeTokens t, int i) {
    int j = i;
    if (is(t, j, "عقد") && j + 1 < t.size && TimeLexicon.DECADES.containsKey(t.text[j + 1])) {
      j++; // عقد الثلاثينيات: the decade word belongs to the expression
    }
    Integer dec = lookup(t, j, TimeLexicon.DECADES);
    boolean construct = false;
    if (dec == null) {
      dec = lookup(t, j, TimeLexicon.DECADES_CONSTRUCT); // ستينيات القرن الماضي
      if (dec == null || !t.is(j + 1, "القرن")) {
        return null;
      }
      construct = true;
    }
    j++;
    int century = Integer.MIN_VALUE; // the TIMEX3 century prefix: 19 for the 1900s
    int relative = Integer.MIN_VALUE; // or an offset from the publication century
    int k = construct ? j : t.is(j, "من") && t.is(j + 1, "القرن") ? j + 1 : -1;
    if (k > 0) {
      long ord = ordinal(t, k + 1);
      Integer dir = k + 1 < t.size ? TimeLexicon.DIRECTIONS.get(t.text[k + 1]) : null;
      if (ord > 0) {
        century = (int) ord - 1;
        j = (int) (ord >>> 32);
      } else if (dir != null && dir != TimeLexicon.NEXT) {
        relative = dir;
        j = k + 2;
      } else if (construct) {
        return null;
      }
    }
    return new Match(i, j, TimexType.DATE, DIR_NONE, TimexValues.decade(dec, century, relative));
  }

  static final Set<String> PERIOD_NOUNS = ImmutableSet.of(
      "الفتره", "فتره", "الحقبه", "حقبه", "العهد", "عهد", "العصر", "عصر");

  /** الفترة العثمانية, فترة الحكم العثماني, العهد المملوكي: a period without a value. */
  static Match historicalPeriod(TimeTokens t, int i) {
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

}
