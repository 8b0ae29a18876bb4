package io.khabar.time;

import static io.khabar.time.CalendarDates.date;
import static io.khabar.time.CalendarDates.parseDate;
import static io.khabar.time.NamedPeriods.century;
import static io.khabar.time.NamedPeriods.decade;
import static io.khabar.time.NamedPeriods.season;
import static io.khabar.time.Ranges.range;
import static io.khabar.time.RelativeDates.deictic;
import static io.khabar.time.RelativeDates.periodPart;
import static io.khabar.time.RelativeDates.unitMatch;
import static io.khabar.time.RelativeDates.unitRelative;
import static io.khabar.time.TimeLexicon.in;
import static io.khabar.time.TimeLexicon.is;
import static io.khabar.time.TimeLexicon.lookup;
import static io.khabar.time.TimexGrammar.DIR_FORWARD;
import static io.khabar.time.TimexGrammar.DIR_NONE;
import static io.khabar.time.TimexGrammar.DIR_PAST;
import static io.khabar.time.TimexGrammar.longer;
import static io.khabar.time.TimexValues.NONE;

import com.google.common.collect.ImmutableSet;
import io.khabar.time.TimexGrammar.Match;
import io.khabar.time.TimexGrammar.Resolver;
import java.util.Set;

/**
 * Detection of dates relative to the publication date: a calendar unit with a direction
 * (الأسبوع الماضي, هذا العام), vague plurals (السنوات الأخيرة) and counted ones (الأشهر الستة
 * الماضية, a duration), deictic days (اليوم, أمس, أول من أمس, غداً, بعد غد, الليلة) with a part of
 * the day and an explicit date that follows (يوم أمس الأربعاء 28 يناير), parts of a period
 * (مطلع فبراير, أواخر العام), quarters and halves (الربع الأول من العام الجاري), the present
 * (الآن, حالياً), and a preposition kept in the span before any date (منذ, خلال, بتاريخ …).
 * Rules: اليوم / الغد after صحيفة, قناة … is a name; اليوم العالمي … is a named day; اليوم
 * التالي / الأول counts from an event we do not know, so it has no value.
 */
final class RelativeDates {

  private RelativeDates() {}

  /** منذ / قبل / بعد / خلال / حتى / بتاريخ + a date, kept in the span; منذ points to the past. */
  static Match prepositional(TimeTokens t, int i) {
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
    if (inner == null) {
      return null;
    }
    if (is(t, i, "منذ") && inner.direction() == DIR_NONE) { // منذ 30 مارس: a start in the past
      return new Match(i, inner.end(), inner.type(), DIR_PAST, inner.value());
    }
    return inner.from(i);
  }

  static final Set<String> THIS = ImmutableSet.of("هذا", "هذه");
  /** ذلك، تلك: "that" day points back to a day the text told, not to today. */
  static final Set<String> DISTAL = ImmutableSet.of("ذلك", "تلك", "ذاك");
  /** Heads of names that contain اليوم / الغد: صحيفة الغد, قناة اليوم. */
  static final Set<String> NAME_HEADS = ImmutableSet.of(
      "صحيفه", "جريده", "موقع", "قناه", "حزب", "تيار", "حركه", "مجله", "برنامج", "مؤسسه");
  static final Set<String> NAMED_DAYS = ImmutableSet.of(
      "العالمي", "الوطني", "الدولي", "العربي", "المفتوح", "الدراسي");
  static final Set<String> EVENT_RELATIVE_DAYS = ImmutableSet.of(
      "التالي", "السابق", "المحدد", "نفسه", "ذاته", "الاخير", "الموعود");
  static final Set<String> YESTERDAY = ImmutableSet.of("امس", "الامس", "البارحه");
  static final Set<String> TOMORROW = ImmutableSet.of("غدا", "غد", "الغد", "بكره", "بكرا");

  /** الأسبوع الماضي, الشهر المقبل, هذا العام, السنوات الأخيرة. */
  static Match unitRelative(TimeTokens t, int i) {
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
        return new Match(i, j + 1, TimexType.DURATION, direction, TimexValues.constant(iso));
      }
      String v = vd == TimeLexicon.PAST ? "PAST_REF" : "FUTURE_REF";
      return new Match(i, j + 1, TimexType.DATE, direction, TimexValues.constant(v));
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

  static String stripArticle(String s) {
    return s.startsWith("ال") ? s.substring(2) : s;
  }

  static Match unitMatch(int i, int end, int unit, int dir) {
    int direction = dir == TimeLexicon.PAST ? DIR_PAST : dir == TimeLexicon.NEXT ? DIR_FORWARD : DIR_NONE;
    return new Match(i, end, TimexType.DATE, direction, TimexValues.calendarUnit(unit, dir));
  }

  /** مطلع فبراير, أواخر 2025, نهاية العام, منتصف الشهر المقبل. */
  static Match periodPart(TimeTokens t, int i) {
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
      inner = longer(inner, new Match(j, h.end, TimexType.DATE, DIR_NONE, TimexValues.date(h)));
    }
    return inner == null ? null : inner.from(i);
  }

  /** اليوم, أمس, أول من أمس, غداً, بعد غد, مساء أمس, صباح اليوم, الليلة, مساء الخميس. */
  static Match deictic(TimeTokens t, int i) {
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
      if (j == i && i > 0 && in(t, i - 1, DISTAL)) {
        // منذ ذلك اليوم، في تلك الليلة: "that day", told before; no value of its own
        return new Match(i, j + 1, TimexType.DATE, DIR_NONE, NONE);
      }
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
          TimexValues.dayPart(h, code));
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
    return new Match(i, j, code != null ? TimexType.TIME : TimexType.DATE, direction,
        TimexValues.deictic(off, explicit, code));
  }

  /** الربع الأول من العام الجاري = 2026-Q1, النصف الثاني من 2025 = 2025-H2. */
  static Match quarter(TimeTokens t, int i) {
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
      anchor = longer(anchor, new Match(j, h.end, TimexType.DATE, DIR_NONE, TimexValues.date(h)));
    }
    if (anchor == null) {
      return null;
    }
    String suffix = (isQuarter ? "-Q" : "-H") + n;
    Resolver year = anchor.value();
    return new Match(i, anchor.end(), TimexType.DATE, anchor.direction(),
        TimexValues.partOfYear(year, suffix));
  }

  /** الآن, حالياً, في الوقت الحالي / الراهن. */
  static Match present(TimeTokens t, int i) {
    if (in(t, i, TimeLexicon.PRESENT)) {
      return new Match(i, i + 1, TimexType.DATE, DIR_NONE, TimexValues.constant("PRESENT_REF"));
    }
    if (is(t, i, "الوقت") && (t.is(i + 1, "الحالي") || t.is(i + 1, "الراهن"))) {
      return new Match(i, i + 2, TimexType.DATE, DIR_NONE, TimexValues.constant("PRESENT_REF"));
    }
    return null;
  }
}
