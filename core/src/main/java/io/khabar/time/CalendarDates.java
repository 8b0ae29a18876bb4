package io.khabar.time;

import static io.khabar.time.CalendarDates.date;
import static io.khabar.time.CalendarDates.ordinal;
import static io.khabar.time.CalendarDates.parseDate;
import static io.khabar.time.CalendarDates.yearPart;
import static io.khabar.time.MonthNames.month;
import static io.khabar.time.TimeLexicon.in;
import static io.khabar.time.TimeLexicon.is;
import static io.khabar.time.TimeLexicon.lookup;

import com.google.common.collect.ImmutableSet;
import io.khabar.time.CalendarDates.YearHit;
import io.khabar.time.MonthNames.MonthHit;
import io.khabar.time.TimexGrammar.Match;
import java.util.Set;

/**
 * Detection of calendar dates: the parts of one date as written ({@link DateHit}: day, month,
 * year, weekday, direction, calendar), never its value. Forms: [يوم] [weekday [الماضي|المقبل]]
 * [، | الموافق] then a numeric date (d/m/yyyy, yyyy-m-d; m/d/yyyy when the middle number is
 * over 12), [day | ordinal من | أول] month [year | من العام الماضي | الماضي], or a year
 * expression; two equivalent dates joined by الموافق are one timex. Rules:
 * <ul>
 *   <li>a bare four-digit number (1900–2100) is a year only in a year context (after في, منذ,
 *       قبل …, passed in as {@code bareYearOk}), after an event noun (حرب 1967, الانتفاضة الأولى
 *       1987), or in brackets of its own; a three-digit year needs the Hijri era marker;
 *   <li>an ambiguous month name (آب, مارس, رمضان …) needs support: a day, a year, a paired name
 *       or a preceding شهر; a Gregorian one (مارس، آب) also a preposition or a noun of part
 *       before it (في مارس، مطلع آب), which never takes the verb it is spelt like;
 *   <li>a weekday after سوق / صلاة / خطبة … is part of a name (سوق الجمعة);
 *   <li>a bracket opening a date stays outside the span unless a keyword precedes it (بتاريخ
 *       ( 2/10/1989 )) or an era marker follows its close.
 * </ul>
 */
final class CalendarDates {

  private CalendarDates() {}

  record YearHit(int end, int year, Boolean hijriEra, boolean keyword) {}

  static Match date(TimeTokens t, int i, boolean bareYearOk) {
    return date(t, i, bareYearOk, false);
  }

  /**
   * A date at {@code i}. A bracket opening the date stays outside the span ("( 1/1/1949 )" →
   * "1/1/1949") unless a keyword precedes it ({@code allowParen}: بتاريخ ( 2/10/1989 )) or an
   * era marker follows its close ("( 1948 ) م").
   */
  static Match date(TimeTokens t, int i, boolean bareYearOk, boolean allowParen) {
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
          return new Match(i, other.end, TimexType.DATE, direction, TimexValues.date(chosen));
        }
      }
    }
    if (h == null) {
      return null;
    }
    return new Match(i, h.end, TimexType.DATE, h.direction(), TimexValues.date(h));
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
  static int core(TimeTokens t, int k, DateHit h, boolean bareYearOk) {
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
    j = m.end();
    h.month = m.month();
    h.hijri = m.hijri();
    h.day = day;
    // في مارس، خلال آب: a Gregorian name after a preposition or a noun of part is the month,
    // never the verb spelt like it (مارس "practised"); not with a proclitic of its own (في باب
    // المندب is no ب + آب)
    boolean support = day > 0 || shahr || m.paired() || !m.hijri() && !m.proclitic()
        && k > 0 && in(t, k - 1, TimeLexicon.MONTH_CONTEXT);
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
    if (y != null && (y.hijriEra() == null || y.hijriEra() == m.hijri())) {
      h.year = y.year();
      j = y.end();
      support = true;
    }
    if (h.year < 0 && t.is(j, "من") && !m.hijri()) {
      // أيار/مايو من العام الماضي، مارس من عام 2019، شباط من هذا العام
      YearHit of = yearPart(t, j + 1);
      int w = t.is(j + 1, "هذا") ? j + 2 : j + 1;
      if (of != null && of.hijriEra() != Boolean.TRUE) {
        h.year = of.year();
        j = of.end();
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
    if (!support && m.ambiguous()) {
      return -1;
    }
    return j;
  }

  static final Set<String> DATE_SEPARATORS = ImmutableSet.of("/", "-", ".");

  /** [(] d/m/yyyy | yyyy/m/d [)] [era]. */
  static int numericDate(TimeTokens t, int k, DateHit h) {
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

  /** [عام|سنة] [(] yyyy [)] [era]; a year word is optional here. */
  static YearHit yearPart(TimeTokens t, int j) {
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

  static int yearExpression(TimeTokens t, int k, DateHit h, boolean bareYearOk) {
    YearHit y = yearPart(t, k);
    if (y == null) {
      return -1;
    }
    if (y.hijriEra() == Boolean.TRUE) {
      if (y.year() < 1 || y.year() > 1600) {
        return -1;
      }
      h.hijri = true;
    } else if (y.keyword()) {
      if (y.year() < 1000 || y.year() > 2200) {
        return -1;
      }
    } else if (y.hijriEra() != null) {
      if (y.year() < 1500 || y.year() > 2200) { // "1000 م مربع" is metres
        return -1;
      }
    } else {
      boolean bracketed = k > 0 && t.is(k - 1, "(") && t.is(k + 1, ")"); // a caption's "(1948)"
      boolean eventYear = k > 0 && (in(t, k - 1, TimeLexicon.EVENT_WORDS) // حرب 1967
          || (k > 1 && in(t, k - 2, TimeLexicon.EVENT_WORDS) // الانتفاضة الأولى 1987
              && TimeLexicon.EVENT_ORDINALS.contains(t.text[k - 1])));
      if (!(bareYearOk || bracketed || eventYear) || y.year() < 1900 || y.year() > 2100) {
        return -1;
      }
    }
    h.year = y.year();
    return y.end();
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
}
