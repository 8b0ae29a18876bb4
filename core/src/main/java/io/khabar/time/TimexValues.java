package io.khabar.time;

import static io.khabar.time.DateValues.two;
import static io.khabar.time.DateValues.week;
import static io.khabar.time.DateValues.year;

import io.khabar.time.TimexGrammar.Resolver;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Resolution of every expression that is not a plain calendar date ({@link DateValues} does
 * those): the detection classes hand over the parts they found, and these resolvers turn them
 * into TIMEX3 values against the publication date. Rules:
 * <ul>
 *   <li>a calendar unit with a direction moves from the publication date by one unit
 *       (الأسبوع الماضي = the ISO week before; العقد القادم = the next decade, {@code 203});
 *   <li>an ago-expression (قبل ثلاثة أيام) counts back from the publication date in its unit;
 *       a clock unit (قبل ساعتين) is the publication day itself;
 *   <li>a deictic day is the publication date plus its offset, unless an explicit day and
 *       month follow (يوم أمس الأربعاء 28 يناير); a part of the day adds its TIMEX3 code;
 *   <li>a season with a direction is the latest instance that has ended (الماضي), the first
 *       that has not begun (المقبل), or the one running (الحالي) on the publication date;
 *   <li>a clock time on a resolved day takes that day, and the afternoon when the day part
 *       is not the morning; a quarter or half needs a year value;
 *   <li>a range is the ISO 8601 interval of its two ends, empty if either end is.
 * </ul>
 * Without a publication date every relative value is empty; nothing is guessed.
 */
final class TimexValues {

  private TimexValues() {}

  static final Resolver NONE = (p, f) -> Optional.empty();

  /** A value that does not depend on the publication date. */
  static Resolver constant(String value) {
    Optional<String> v = Optional.ofNullable(value);
    return (p, f) -> v;
  }

  /** The calendar date of {@code h}. */
  static Resolver date(DateHit h) {
    return (p, f) -> DateValues.resolve(h, p, f.tense());
  }

  /** The week, month, year or decade {@code dir} units from the publication date's. */
  static Resolver calendarUnit(int unit, int dir) {
    return (p, f) -> {
      if (p == null) {
        return Optional.empty();
      }
      return Optional.of(switch (unit) {
        case TimeLexicon.DECADE -> String.format("%03d", p.getYear() / 10 + dir);
        case TimeLexicon.WEEK -> week(p.plusWeeks(dir));
        case TimeLexicon.MONTH -> YearMonth.from(p).plusMonths(dir).toString();
        default -> year(p.getYear() + dir);
      });
    };
  }

  /** قبل ثلاثة أيام: {@code count} units before the publication date; vague: PAST_REF. */
  static Resolver ago(int count, String unit, boolean time, boolean vague) {
    return (p, f) -> {
      if (vague) {
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
    };
  }

  /** مساء الخميس: the day of {@code h} with a part-of-day code. */
  static Resolver dayPart(DateHit h, String code) {
    return (p, f) -> DateValues.resolve(h, p, f.tense()).filter(v -> v.length() == 10)
        .map(v -> v + "T" + code);
  }

  /**
   * أمس, غداً, صباح اليوم: the publication date plus {@code offset} days, or the explicit day
   * and month that follow; with a part-of-day code when {@code code} is not null.
   */
  static Resolver deictic(int offset, DateHit explicit, String code) {
    return (p, f) -> {
      Optional<String> v = Optional.empty();
      if (explicit != null && (explicit.day > 0 && explicit.month > 0)) {
        v = DateValues.resolve(explicit, p, f.tense());
      }
      if (v.isEmpty() && p != null) {
        v = Optional.of(p.plusDays(offset).toString());
      }
      return code == null ? v : v.map(x -> x + "T" + code);
    };
  }

  /** الصيف الماضي / المقبل / الحالي: the season instance in that direction from publication. */
  static Resolver season(String code, int dir) {
    int start = switch (code) {
      case "SP" -> 3;
      case "SU" -> 6;
      case "FA" -> 9;
      default -> 12;
    };
    return (p, f) -> {
      if (p == null) {
        return Optional.empty();
      }
      int yy = p.getYear() + 1;
      // the season instance (year yy starts in month 'start') relative to p
      while (yy > p.getYear() - 2) {
        LocalDate s = LocalDate.of(yy, start, 1);
        LocalDate e = s.plusMonths(3);
        boolean ok = switch (dir) {
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
    };
  }

  /** القرن الماضي: the publication century moved by {@code dir} (TIMEX3 counts from 00). */
  static Resolver century(int dir) {
    return (p, f) -> p == null ? Optional.empty() : Optional.of(two(p.getYear() / 100 + dir));
  }

  /**
   * Decade {@code dec} (3 = the thirties) of a century: the written one ({@code century}, a
   * TIMEX3 prefix such as 19), else the publication century moved by {@code relative} (من
   * القرن الماضي, ثلاثينيات القرن الحالي), else from context: the century of the year written
   * nearest in the sentence (ولد عام 1925 وبرز في الخمسينيات = 195) unless that puts the decade
   * after the publication year, else the latest such decade over by the publication year (in
   * 2026 الثمانينيات = 198 and العشرينيات = 192: news names the running decade هذا العقد and a
   * future one with its century, not by its number alone). The tense plays no part: a present
   * verb (يوصف بأنه … في الثمانينات) says nothing of the century. Without a publication date or
   * a year, the 1900s.
   */
  static Resolver decade(int dec, int century, int relative) {
    return (p, f) -> {
      if (century != Integer.MIN_VALUE) {
        return Optional.of(decadeValue(century, dec));
      }
      if (relative != Integer.MIN_VALUE) {
        return Optional.of(decadeValue(p == null ? 20 + relative : p.getYear() / 100 + relative,
            dec));
      }
      if (f.nearbyYear() != TimexGrammar.Context.NO_YEAR) {
        int c = f.nearbyYear() / 100;
        if (p == null || c * 100 + dec * 10 <= p.getYear()) {
          return Optional.of(decadeValue(c, dec));
        }
      }
      if (p == null) {
        return Optional.of(decadeValue(19, dec));
      }
      int c = p.getYear() / 100;
      return Optional.of(decadeValue(c * 100 + dec * 10 + 9 >= p.getYear() ? c - 1 : c, dec));
    };
  }

  private static String decadeValue(int century, int dec) {
    return two(century) + dec;
  }

  /** A quarter or half ({@code -Q1}, {@code -H2}) of the year the anchor resolves to. */
  static Resolver partOfYear(Resolver yearAnchor, String suffix) {
    return (p, f) -> yearAnchor.resolve(p, f).filter(v -> v.length() == 4).map(v -> v + suffix);
  }

  /**
   * الساعة العاشرة من صباح اليوم: the clock on the day resolved by {@code day}, moved to the
   * afternoon when that day carries a part other than the morning; without a day,
   * {@code XXXX-XX-XXT} + the clock.
   */
  static Resolver clockOnDay(Resolver day, int hour, int minute) {
    String clock = two(hour % 24) + ":" + two(minute);
    return (p, f) -> {
      Optional<String> d = day.resolve(p, f).filter(x -> x.length() >= 10
          && Character.isDigit(x.charAt(0)));
      if (d.isEmpty()) {
        return Optional.of("XXXX-XX-XXT" + clock);
      }
      String x = d.get();
      int hh = hour;
      if (x.length() > 10 && !x.endsWith("TMO") && hh < 12) {
        hh += 12; // مساء / ليلة / عصر
      }
      return Optional.of(x.substring(0, 10) + "T" + two(hh % 24) + ":" + two(minute));
    };
  }

  /**
   * The interval {@code a/b}, empty unless both ends resolve. Ends with no year of their own
   * never come out reversed: each end is placed by the tense alone, which may put one of them
   * in the wrong year. A forward range is placed by its end, since what is still to come is
   * the range's close (من يونيو إلى سبتمبر in an August article is June to this September, not
   * next year's June): a start after the end moves a year back. Otherwise the range is placed
   * by its start, and an end before it moves to the year after (المونديال 14 يونيو-15 يوليو in
   * an article of late May: July is more than a month ahead).
   */
  static Resolver interval(DateHit a, DateHit b) {
    return (p, f) -> {
      Optional<String> x = DateValues.resolve(a, p, f.tense());
      Optional<String> y = DateValues.resolve(b, p, f.tense());
      if (x.isEmpty() || y.isEmpty()) {
        return Optional.empty();
      }
      String start = x.get();
      String end = y.get();
      if (end.compareTo(start) < 0) {
        if (f.tense() == Tense.FUTURE && a.year < 0 && b.year < 0) {
          start = shiftYear(start, -1);
        } else if (b.year < 0) {
          end = shiftYear(end, 1);
        }
      }
      return Optional.of(start + "/" + end);
    };
  }

  /** A date value moved by whole years (its year being its first four characters, digits). */
  private static String shiftYear(String value, int years) {
    if (value.length() < 4 || !Character.isDigit(value.charAt(3))) {
      return value;
    }
    return (Integer.parseInt(value.substring(0, 4)) + years) + value.substring(4);
  }
}
