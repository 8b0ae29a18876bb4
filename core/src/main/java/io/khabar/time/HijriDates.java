package io.khabar.time;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Hijri to Gregorian conversion with ICU4J's {@link IslamicCalendar} in the Umm al-Qura
 * calculation ({@code ISLAMIC_UMALQURA}): the official Saudi calendar, which Gulf news and most
 * printed Hijri dates follow. ICU's table covers 1300–1600 AH; outside it ICU falls back to the
 * arithmetic (civil) calendar. Actual sighting-based months may differ by a day.
 *
 * <p>ICU calendars are mutable, so each call creates its own (cheap; Hijri dates are rare).
 */
final class HijriDates {

  private HijriDates() {}

  private static IslamicCalendar calendar() {
    IslamicCalendar c = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
    c.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
    c.setLenient(false);
    return c;
  }

  /** The Gregorian date of Hijri {@code year-month-day}, empty if no such day exists. */
  static Optional<LocalDate> toGregorian(int year, int month, int day) {
    if (year < 1 || year > 2000 || month < 1 || month > 12 || day < 1 || day > 30) {
      return Optional.empty();
    }
    try {
      IslamicCalendar c = calendar();
      c.clear();
      c.set(Calendar.EXTENDED_YEAR, year);
      c.set(Calendar.MONTH, month - 1);
      c.set(Calendar.DAY_OF_MONTH, 1);
      if (day > c.getActualMaximum(Calendar.DAY_OF_MONTH)) {
        return Optional.empty();
      }
      c.set(Calendar.DAY_OF_MONTH, day);
      long millis = c.getTimeInMillis();
      return Optional.of(LocalDate.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The Hijri year that contains Gregorian {@code date}. */
  static int hijriYear(LocalDate date) {
    IslamicCalendar c = calendar();
    c.setTimeInMillis(date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
    return c.get(Calendar.EXTENDED_YEAR);
  }
}
