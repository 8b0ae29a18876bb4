package io.khabar.time;

import static io.khabar.time.RelativeDates.deictic;
import static io.khabar.time.TimeLexicon.is;
import static io.khabar.time.TimexGrammar.DIR_NONE;
import static io.khabar.time.TimexValues.NONE;

import io.khabar.time.TimexGrammar.Match;

/**
 * Detection of clock times: الساعة + a number (9:15) or a feminine ordinal (العاشرة), with
 * والنصف / والربع / إلا ربعاً, a part-of-day adverb (صباحاً, مساءً: 12 hours are added after noon),
 * a time zone (بتوقيت مكة) and a day that follows (الساعة العاشرة من صباح اليوم), and منتصف
 * الليل. Without a day the value leaves the date open ({@code XXXX-XX-XXT10:30}).
 */
final class ClockTimes {

  private ClockTimes() {}

  /**
   * الساعة 10:30 صباحاً, الساعة العاشرة والنصف مساءً, الساعة الثانية ظهراً بتوقيت مكة. The
   * day is not known from the clock alone, so the value is {@code XXXX-XX-XXT22:30}; a clock
   * after a resolved day (مساء الخميس الساعة 8) is left to that day's own expression.
   */
  static Match clockTime(TimeTokens t, int i) {
    if (is(t, i, "منتصف") && t.is(i + 1, "الليل")) {
      return new Match(i, i + 2, TimexType.TIME, DIR_NONE, TimexValues.constant("XXXX-XX-XXT24:00"));
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
    // الساعة العاشرة من صباح اليوم / الساعة 8 مساء أمس: the day comes after the clock
    if (day != null) {
      return new Match(i, day.end(), TimexType.TIME, day.direction(),
          TimexValues.clockOnDay(day.value(), hour, minute));
    }
    return new Match(i, j, TimexType.TIME, DIR_NONE, TimexValues.clockOnDay(NONE, hour, minute));
  }

}
