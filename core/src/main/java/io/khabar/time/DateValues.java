package io.khabar.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Resolution of calendar dates: the TIMEX3 value of a {@link DateHit} against the publication
 * date (all relative values need it, else the value is empty). Rules:
 * <ul>
 *   <li>A month without a year takes the publication year; after a perfect verb ({@link
 *       Tense#PAST}) it must have begun within a week of the publication date, else it is the
 *       previous year's; in a sentence that does not point
 *       forward, a result starting more than 31 days after the publication date moves to the
 *       previous year; in a forward sentence, a result that ended more than 31 days before it
 *       moves to the next year. Hijri months without a year do the same in Hijri years. With
 *       الماضي / المقبل (أكتوبر الماضي) it is the latest occurrence before, or the first after,
 *       the publication month; with من العام الماضي the year is counted from publication.
 *   <li>A bare weekday is the most recent such day on or before the publication date, or the
 *       next one on or after it when the sentence points forward; الماضي / المقبل are strict.
 *   <li>Hijri dates go through {@link HijriDates} (Umm al-Qura); a Hijri month without a day
 *       is the Gregorian month containing its first day; a Hijri year alone is the Gregorian
 *       year containing its 1 Muharram; رمضان 2024 is the Hijri month that starts in 2024.
 *   <li>An impossible date (31 فبراير) has no value.
 * </ul>
 */
final class DateValues {

  private DateValues() {}

  static final int PAST_GRACE_DAYS = 7;

  static Optional<String> resolve(DateHit h, LocalDate p, Tense tense) {
    if (h.hijri) {
      return resolveHijri(h, p, tense);
    }
    if (h.year > 0) {
      if (h.month < 0) {
        return Optional.of(year(h.year));
      }
      if (h.day < 0) {
        return Optional.of(year(h.year) + "-" + two(h.month));
      }
      return validDate(h.year, h.month, h.day).map(LocalDate::toString);
    }
    if (p == null) {
      return Optional.empty();
    }
    if (h.relativeYear != Integer.MIN_VALUE && h.month > 0) {
      int y = p.getYear() + h.relativeYear;
      return h.day > 0 ? validDate(y, h.month, h.day).map(LocalDate::toString)
          : Optional.of(year(y) + "-" + two(h.month));
    }
    if (h.relativeMonth != Integer.MIN_VALUE && h.day > 0) {
      YearMonth ym = YearMonth.from(p).plusMonths(h.relativeMonth);
      return validDate(ym.getYear(), ym.getMonthValue(), h.day).map(LocalDate::toString);
    }
    if (h.month > 0) {
      int m = h.month;
      int d = h.day;
      if (d > 0 && validDate(2000, m, d).isEmpty()) { // 2000 is a leap year
        return Optional.empty();
      }
      IntFunction<Optional<LocalDate>> start = y -> validDate(y, m, d > 0 ? d : 1)
          .or(() -> validDate(y, m, 28)); // 29 February in a common year
      int y = h.dir == TimeLexicon.PAST || h.dir == TimeLexicon.NEXT
          ? explicitYear(start, p, h.dir, p.getYear())
          : inferYear(start, p, tense, d > 0 ? 0 : 30);
      Optional<LocalDate> date = validDate(y, m, d > 0 ? d : 1);
      if (date.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(d > 0 ? date.get().toString() : year(y) + "-" + two(m));
    }
    if (h.weekday > 0) {
      DayOfWeek dow = DayOfWeek.of(h.weekday);
      LocalDate d;
      if (h.dir == TimeLexicon.PAST) {
        d = p.with(TemporalAdjusters.previous(dow));
      } else if (h.dir == TimeLexicon.NEXT) {
        d = p.with(TemporalAdjusters.next(dow));
      } else {
        d = p.with(tense == Tense.FUTURE ? TemporalAdjusters.nextOrSame(dow) : TemporalAdjusters.previousOrSame(dow));
      }
      return Optional.of(d.toString());
    }
    return Optional.empty();
  }

  /**
   * With الماضي the latest year whose date is before {@code p} (a month: starts before p's
   * month); with المقبل the first year whose date is after it.
   */
  private static int explicitYear(IntFunction<Optional<LocalDate>> start, LocalDate p, int dir,
      int base) {
    for (int y = base + 1; y >= base - 2; y--) {
      Optional<LocalDate> s = start.apply(y);
      if (dir == TimeLexicon.PAST && s.isPresent() && s.get().isBefore(p.withDayOfMonth(1))) {
        return y;
      }
    }
    for (int y = base - 1; y <= base + 2; y++) {
      Optional<LocalDate> s = start.apply(y);
      if (dir == TimeLexicon.NEXT && s.isPresent() && s.get().isAfter(p)) {
        return y;
      }
    }
    return base;
  }

  /** The year (around p's) whose period starts within the allowed window. */
  private static int inferYear(IntFunction<Optional<LocalDate>> start, LocalDate p, Tense tense,
      int extraDays) {
    int y = p.getYear();
    Optional<LocalDate> s = start.apply(y);
    if (s.isEmpty()) {
      return y;
    }
    return y + yearShift(s.get(), p, tense, extraDays);
  }

  /**
   * -1, 0 or +1: the year move that puts a period starting on {@code start} (in the
   * publication year) where the tense wants it. Past: it must have begun by the publication
   * date, give or take {@value #PAST_GRACE_DAYS} days (the verb may be a neighbouring clause's:
   * "بدأت الأربعاء 20 يونيو وتستمر حتى الاثنين 25 يونيو", published on the 21st). Unmarked: it
   * may begin up to 31 days after it. Future: it may have ended up to 31 days before it
   * ({@code extraDays} is the period's length after its start).
   */
  private static int yearShift(LocalDate start, LocalDate p, Tense tense, int extraDays) {
    return switch (tense) {
      case PAST -> start.isAfter(p.plusDays(PAST_GRACE_DAYS)) ? -1 : 0;
      case UNMARKED -> start.isAfter(p.plusDays(31)) ? -1 : 0;
      case FUTURE -> start.plusDays(extraDays).isBefore(p.minusDays(31)) ? 1 : 0;
    };
  }

  private static Optional<String> resolveHijri(DateHit h, LocalDate p, Tense tense) {
    int m = h.month;
    if (h.year > 0 && h.year < 1700) {
      if (m < 0) {
        return HijriDates.toGregorian(h.year, 1, 1).map(d -> year(d.getYear()));
      }
      return hijriValue(h.year, m, h.day);
    }
    if (m < 0) {
      return Optional.empty();
    }
    int hy;
    if (h.year >= 1700) { // رمضان 2024: the Hijri year whose month starts in that Gregorian year
      hy = HijriDates.hijriYear(LocalDate.of(h.year, 7, 1));
      for (int c = hy - 1; c <= hy + 1; c++) {
        Optional<LocalDate> first = HijriDates.toGregorian(c, m, 1);
        if (first.isPresent() && first.get().getYear() == h.year) {
          return hijriValue(c, m, h.day);
        }
      }
      return Optional.empty();
    }
    if (p == null) {
      return Optional.empty();
    }
    int d = h.day;
    hy = HijriDates.hijriYear(p);
    if (h.dir == TimeLexicon.PAST || h.dir == TimeLexicon.NEXT) {
      hy = explicitYear(y -> HijriDates.toGregorian(y, m, d > 0 ? d : 1), p, h.dir, hy);
      return hijriValue(hy, m, d);
    }
    Optional<LocalDate> start = HijriDates.toGregorian(hy, m, d > 0 ? d : 1);
    if (start.isPresent()) { // the same rule as for Gregorian months, in Hijri years
      hy += yearShift(start.get(), p, tense, d > 0 ? 0 : 29);
    }
    return hijriValue(hy, m, d);
  }

  private static Optional<String> hijriValue(int y, int m, int d) {
    if (d > 0) {
      return HijriDates.toGregorian(y, m, d).map(LocalDate::toString);
    }
    return HijriDates.toGregorian(y, m, 1).map(x -> year(x.getYear()) + "-" + two(x.getMonthValue()));
  }

  static Optional<LocalDate> validDate(int y, int m, int d) {
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) {
      return Optional.empty();
    }
    if (d > YearMonth.of(y, m).lengthOfMonth()) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(y, m, d));
  }

  static String year(int y) {
    return String.format("%04d", y);
  }

  static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  static String week(LocalDate d) {
    return year(d.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
