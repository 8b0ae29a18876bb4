package io.khabar.time;

import static io.khabar.time.Durations.numberWords;
import static io.khabar.time.TimeLexicon.in;
import static io.khabar.time.TimeLexicon.is;
import static io.khabar.time.TimeLexicon.lookup;
import static io.khabar.time.TimexGrammar.DIR_NONE;
import static io.khabar.time.TimexGrammar.DIR_PAST;

import com.google.common.collect.ImmutableSet;
import io.khabar.time.TimexGrammar.Match;
import java.util.Set;

/**
 * Detection of lengths of time and recurrences: [trigger] [نحو | أكثر من] number unit (خلال
 * 15 يوماً, منذ ثلاث سنوات, لمدة ساعتين), a dual or lone accusative unit (عامين, أسبوعاً), vague
 * counts (لعدة ساعات, منذ سنوات), قبل + a length (a DATE in the past: قبل ثلاثة أيام), and
 * recurrences (يومياً, كل عام, كل يوم جمعة). Rules: a singular unit after 3–10 is no duration
 * (Arabic counts 3–10 with a plural: "رقم 9 عام 1921"); عاماً and يوماً alone are not durations
 * (إضراباً عاماً, يوماً ما) and عقد alone is "a contract", not "a decade".
 */
final class Durations {

  private Durations() {}

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

  static final Set<String> BEFORE = ImmutableSet.of("قبل");
  static final Set<String> AMBIGUOUS_SINGULAR_UNITS = ImmutableSet.of("عقد");

  /** خلال 15 يوماً, منذ ثلاث سنوات, لمدة ساعتين, أسبوعاً, قبل عامين (a DATE), بعد ساعات. */
  static Match duration(TimeTokens t, int i) {
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
      return new Match(i, j, TimexType.DATE, DIR_PAST,
          TimexValues.ago(n, u.designator(), u.time(), vague));
    }
    return new Match(i, j, TimexType.DURATION, since ? DIR_PAST : DIR_NONE,
        TimexValues.constant(iso));
  }

  /** يومياً, أسبوعياً, كل عام, كل يوم جمعة. */
  static Match recurrence(TimeTokens t, int i) {
    String adverb = lookup(t, i, TimeLexicon.SET_ADVERBS);
    if (adverb != null) {
      return new Match(i, i + 1, TimexType.SET, DIR_NONE, TimexValues.constant(adverb));
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
        return new Match(i, k + 1, TimexType.SET, DIR_NONE, TimexValues.constant(v));
      }
    }
    String unit = j < t.size ? TimeLexicon.SET_UNITS.get(t.text[j]) : null;
    if (unit == null) {
      return null;
    }
    return new Match(i, j + 1, TimexType.SET, DIR_NONE, TimexValues.constant(unit));
  }

}
