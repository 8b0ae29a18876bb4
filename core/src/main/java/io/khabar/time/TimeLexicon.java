package io.khabar.time;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Map;
import java.util.Set;

/**
 * Words of the time grammar, in the matching form of {@link io.khabar.text.ArabicNormalizer}
 * (أ إ آ → ا, ى → ي, ة → ه, no harakat or tatweel). Lookups accept a leading clitic
 * (و ف ب ل ك and their pairs; ل + ال as لل), see {@link #lookup}.
 */
final class TimeLexicon {

  private TimeLexicon() {}

  /** ISO day of week (1 = Monday). */
  static final Map<String, Integer> WEEKDAYS = ImmutableMap.<String, Integer>builder()
      .put("الاثنين", 1).put("الثلاثاء", 2).put("الاربعاء", 3).put("الخميس", 4)
      .put("الجمعه", 5).put("السبت", 6).put("الاحد", 7)
      .build();

  static final int PAST = -1;
  static final int NOW = 0;
  static final int NEXT = 1;

  /** Direction words after a weekday, a unit or a season. */
  static final Map<String, Integer> DIRECTIONS = ImmutableMap.<String, Integer>builder()
      .put("الماضي", PAST).put("الماضيه", PAST).put("المنصرم", PAST).put("المنصرمه", PAST)
      .put("الفائت", PAST).put("الفائته", PAST).put("المنقضي", PAST).put("السابق", PAST)
      .put("السابقه", PAST)
      .put("المقبل", NEXT).put("المقبله", NEXT).put("القادم", NEXT).put("القادمه", NEXT)
      .put("الجاي", NEXT).put("الجايه", NEXT).put("الجايي", NEXT)
      .put("الحالي", NOW).put("الحاليه", NOW).put("الجاري", NOW).put("الجاريه", NOW)
      .build();

  static final int WEEK = 1;
  static final int MONTH = 2;
  static final int YEAR = 3;
  static final int DECADE = 4;

  /** Calendar units that take a direction word: الأسبوع الماضي, السنة المقبلة. */
  static final Map<String, Integer> CALENDAR_UNITS = ImmutableMap.of(
      "الاسبوع", WEEK, "الشهر", MONTH, "العام", YEAR, "السنه", YEAR, "العقد", DECADE);

  /** Plural units for vague references: السنوات الماضية, الأيام الأخيرة. */
  static final Set<String> PLURAL_UNITS_DEFINITE = ImmutableSet.of(
      "السنوات", "الاعوام", "السنين", "الايام", "الاشهر", "الشهور", "الاسابيع", "العقود",
      "الساعات", "الفتره", "المرحله");
  static final Map<String, Integer> VAGUE_DIRECTIONS = ImmutableMap.<String, Integer>builder()
      .put("الماضيه", PAST).put("الاخيره", PAST).put("السابقه", PAST).put("المنصرمه", PAST)
      .put("الماضي", PAST).put("الاخير", PAST).put("الماضيين", PAST).put("الاخيرين", PAST)
      .put("المنصرمين", PAST).put("المقبلين", NEXT).put("القادمين", NEXT)
      .put("المقبله", NEXT).put("القادمه", NEXT).put("المقبل", NEXT).put("القادم", NEXT)
      .build();

  /** Duration units: ISO designator, with "T" marking the time part. */
  record Unit(String designator, boolean time, int count) {}

  private static Unit u(String d, int count) {
    boolean time = d.startsWith("T");
    return new Unit(time ? d.substring(1) : d, time, count);
  }

  /** count 1 = singular, 2 = dual, 0 = plural (needs a number or is vague). */
  static final Map<String, Unit> DURATION_UNITS = ImmutableMap.<String, Unit>builder()
      .put("يوم", u("D", 1)).put("يوما", u("D", 1)).put("ايام", u("D", 0)).put("يومين", u("D", 2))
      .put("يومان", u("D", 2))
      .put("اسبوع", u("W", 1)).put("اسبوعا", u("W", 1)).put("اسابيع", u("W", 0))
      .put("اسبوعين", u("W", 2)).put("اسبوعان", u("W", 2))
      .put("شهر", u("M", 1)).put("شهرا", u("M", 1)).put("اشهر", u("M", 0)).put("شهور", u("M", 0))
      .put("شهرين", u("M", 2)).put("شهران", u("M", 2))
      .put("عام", u("Y", 1)).put("عاما", u("Y", 1)).put("اعوام", u("Y", 0)).put("عامين", u("Y", 2))
      .put("عامان", u("Y", 2))
      .put("سنه", u("Y", 1)).put("سنوات", u("Y", 0)).put("سنين", u("Y", 0)).put("سنتين", u("Y", 2))
      .put("سنتان", u("Y", 2))
      .put("ساعه", u("TH", 1)).put("ساعات", u("TH", 0)).put("ساعتين", u("TH", 2))
      .put("ساعتان", u("TH", 2))
      .put("دقيقه", u("TM", 1)).put("دقائق", u("TM", 0)).put("دقيقتين", u("TM", 2))
      .put("ثانيه", u("TS", 1)).put("ثوان", u("TS", 0)).put("ثواني", u("TS", 0))
      .put("عقد", u("DE", 1)).put("عقدا", u("DE", 1)).put("عقود", u("DE", 0)).put("عقدين", u("DE", 2))
      .put("قرن", u("CE", 1)).put("قرنا", u("CE", 1)).put("قرون", u("CE", 0)).put("قرنين", u("CE", 2))
      .build();

  /** Definite plurals and duals for "the past N units": الأسبوعين الماضيين, الأشهر الستة الماضية. */
  static final Map<String, Unit> DEFINITE_UNITS = ImmutableMap.<String, Unit>builder()
      .put("الايام", u("D", 0)).put("اليومين", u("D", 2))
      .put("الاسابيع", u("W", 0)).put("الاسبوعين", u("W", 2))
      .put("الاشهر", u("M", 0)).put("الشهور", u("M", 0)).put("الشهرين", u("M", 2))
      .put("السنوات", u("Y", 0)).put("الاعوام", u("Y", 0)).put("السنين", u("Y", 0))
      .put("العامين", u("Y", 2)).put("السنتين", u("Y", 2))
      .put("الساعات", u("TH", 0)).put("الساعتين", u("TH", 2))
      .put("العقود", u("DE", 0)).put("العقدين", u("DE", 2))
      .build();

  /**
   * Accusative singulars that stand alone for one unit: أسبوعاً = P1W. Not عاماً ("إضراباً
   * عاماً", general) nor عقداً ("a contract"), nor يوماً ("يوماً ما", some day).
   */
  static final Set<String> LONE_ACCUSATIVE = ImmutableSet.of("اسبوعا", "شهرا", "قرنا");
  /** Accusative singulars that count as one unit before كاملاً / واحداً: عقداً كاملاً = P1DE. */
  static final Set<String> ACCUSATIVE_UNITS = ImmutableSet.of(
      "يوما", "اسبوعا", "شهرا", "عاما", "عقدا", "قرنا");
  static final Set<String> WHOLE = ImmutableSet.of("كاملا", "كامله", "واحدا", "باكمله");

  /** Cardinal number words 1–10 (both genders) and the tens. */
  static final Map<String, Integer> NUMBER_WORDS = ImmutableMap.<String, Integer>builder()
      .put("واحد", 1).put("واحده", 1).put("احد", 1).put("اثنين", 2).put("اثنان", 2)
      .put("اثنتين", 2).put("اثنتان", 2).put("اثني", 2).put("اثنا", 2)
      .put("ثلاث", 3).put("ثلاثه", 3).put("اربع", 4).put("اربعه", 4).put("خمس", 5).put("خمسه", 5)
      .put("ست", 6).put("سته", 6).put("سبع", 7).put("سبعه", 7).put("ثماني", 8).put("ثمان", 8)
      .put("ثمانيه", 8).put("تسع", 9).put("تسعه", 9).put("عشر", 10).put("عشره", 10)
      .put("عشرين", 20).put("عشرون", 20).put("ثلاثين", 30).put("ثلاثون", 30)
      .put("اربعين", 40).put("اربعون", 40).put("خمسين", 50).put("خمسون", 50)
      .put("ستين", 60).put("ستون", 60).put("سبعين", 70).put("سبعون", 70)
      .put("ثمانين", 80).put("ثمانون", 80).put("تسعين", 90).put("تسعون", 90)
      .put("مئه", 100).put("مائه", 100)
      .build();

  /** Ordinals 1–10 as day numbers (الأول من يناير) and century numbers (القرن العاشر). */
  static final Map<String, Integer> ORDINALS = ImmutableMap.<String, Integer>builder()
      .put("الاول", 1).put("الحادي", 1).put("الثاني", 2).put("الثالث", 3).put("الرابع", 4)
      .put("الخامس", 5).put("السادس", 6).put("السابع", 7).put("الثامن", 8).put("التاسع", 9)
      .put("العاشر", 10)
      .build();
  static final Map<String, Integer> ORDINAL_TENS = ImmutableMap.of(
      "العشرين", 20, "الثلاثين", 30, "والعشرين", 20, "والثلاثين", 30);

  /** Decades, definite: الستينيات (the century comes from the text, publication or context). */
  static final Map<String, Integer> DECADES = ImmutableMap.<String, Integer>builder()
      .put("العشرينات", 2).put("العشرينيات", 2).put("الثلاثينات", 3).put("الثلاثينيات", 3)
      .put("الاربعينات", 4).put("الاربعينيات", 4).put("الخمسينات", 5).put("الخمسينيات", 5)
      .put("الستينات", 6).put("الستينيات", 6).put("السبعينات", 7).put("السبعينيات", 7)
      .put("الثمانينات", 8).put("الثمانينيات", 8).put("التسعينات", 9).put("التسعينيات", 9)
      .build();

  /** Decades in construct before القرن: ثمانينيات القرن الماضي. */
  static final Map<String, Integer> DECADES_CONSTRUCT = ImmutableMap.<String, Integer>builder()
      .put("عشرينات", 2).put("عشرينيات", 2).put("ثلاثينات", 3).put("ثلاثينيات", 3)
      .put("اربعينات", 4).put("اربعينيات", 4).put("خمسينات", 5).put("خمسينيات", 5)
      .put("ستينات", 6).put("ستينيات", 6).put("سبعينات", 7).put("سبعينيات", 7)
      .put("ثمانينات", 8).put("ثمانينيات", 8).put("تسعينات", 9).put("تسعينيات", 9)
      .build();

  /** Seasons to TIMEX3 season codes; forms with and without the article. */
  static final Map<String, String> SEASONS = ImmutableMap.<String, String>builder()
      .put("ربيع", "SP").put("صيف", "SU").put("خريف", "FA").put("شتاء", "WI")
      .put("الربيع", "SP").put("الصيف", "SU").put("الخريف", "FA").put("الشتاء", "WI")
      .build();

  /** Parts of the day to TIMEX3 codes (صباح اليوم = 2026-01-28TMO). */
  static final Map<String, String> DAY_PARTS = ImmutableMap.<String, String>builder()
      .put("صباح", "MO").put("فجر", "MO").put("ظهر", "MI").put("ظهيره", "AF").put("عصر", "AF")
      .put("مساء", "EV").put("ليل", "NI").put("ليله", "NI")
      .build();
  /** Trailing adverbs: أمس مساءً. */
  static final Map<String, String> DAY_PART_ADVERBS = ImmutableMap.of(
      "صباحا", "MO", "ظهرا", "MI", "عصرا", "AF", "مساء", "EV", "ليلا", "NI", "فجرا", "MO");

  /** Part-of-period modifiers: مطلع فبراير, أواخر 2025. The value keeps the anchor's grain. */
  static final Set<String> PERIOD_PARTS = ImmutableSet.of(
      "مطلع", "بدايه", "بدايات", "اوائل", "مستهل", "منتصف", "اواسط", "وسط", "نهايه", "نهايات",
      "اواخر", "اخر", "ختام", "اول");

  /** Prepositions kept inside the span when directly before a date (منذ يناير 2016). */
  static final Set<String> DATE_PREPOSITIONS = ImmutableSet.of(
      "منذ", "خلال", "قبل", "بعد", "بتاريخ", "تاريخ", "طوال", "طيله");

  /** Words after which a bare four-digit number (1900–2100) is read as a year. */
  static final Set<String> YEAR_CONTEXT = ImmutableSet.of(
      "في", "منذ", "خلال", "قبل", "بعد", "حتي", "مطلع", "بدايه", "اوائل", "منتصف", "اواسط",
      "نهايه", "اواخر", "الي", "عامي", "العامين", "سنتي");

  /**
   * Words before a Gregorian month name spelt like a verb (مارس "practised"): a preposition or
   * a noun of part, which takes a noun, never a finite verb (في مارس، مطلع آب).
   */
  static final Set<String> MONTH_CONTEXT = ImmutableSet.of(
      "في", "خلال", "مطلع", "بدايه", "اوائل", "منتصف", "اواسط", "نهايه", "اواخر");

  /** Events named by their year: حرب 1967, ثورة 1936, زلزال 1927. */
  static final Set<String> EVENT_WORDS = ImmutableSet.of(
      "حرب", "ثوره", "انتفاضه", "نكبه", "نكسه", "زلزال", "انتخابات", "دستور", "مونديال",
      "اولمبياد", "موسم", "ميزانيه", "موازنه", "رؤيه", "خطه", "جائزه", "الحرب", "الثوره",
      "الانتفاضه", "النكبه", "النكسه", "الزلزال", "الانتخابات", "الدستور", "المونديال",
      "الموسم", "الميزانيه", "الموازنه", "الرؤيه", "الخطه", "الجائزه", "احداث", "مواليد");

  /** Ordinal adjectives between an event word and its year: الانتفاضة الأولى 1987. */
  static final Set<String> EVENT_ORDINALS = ImmutableSet.of(
      "الاولي", "الثانيه", "الثالثه", "الاول", "الثاني", "الثالث", "الكبري");

  /** Words before which a weekday is part of a name: سوق الجمعة, صلاة الجمعة. */
  static final Set<String> WEEKDAY_AS_NAME = ImmutableSet.of(
      "سوق", "صلاه", "خطبه", "خطيب", "مسجد", "جامع", "صلوات");

  /** Adjectives of historical periods: الفترة العثمانية. */
  static final Set<String> DYNASTIES = ImmutableSet.of(
      "العثمانيه", "العثماني", "الرومانيه", "الروماني", "البيزنطيه", "البيزنطي", "المملوكيه",
      "المملوكي", "الصليبيه", "الصليبي", "الامويه", "الاموي", "العباسيه", "العباسي", "الفاطميه",
      "الفاطمي", "الايوبيه", "الايوبي", "الاستعماريه", "الاستعماري", "الفرعونيه", "الفرعوني",
      "الهلنستيه", "الكنعانيه");

  static final Set<String> YEAR_WORDS = ImmutableSet.of("عام", "العام", "سنه", "السنه", "عامي", "سنتي");
  static final Set<String> GREGORIAN_ERA = ImmutableSet.of("م", "ميلادي", "ميلاديه", "للميلاد");
  static final Set<String> HIJRI_ERA = ImmutableSet.of("ه", "هجري", "هجريه", "للهجره", "هجريا");

  /** Duration triggers, kept in the span: خلال 15 يوماً, منذ ثلاث سنوات. */
  static final Set<String> DURATION_TRIGGERS = ImmutableSet.of(
      "منذ", "خلال", "لمده", "مده", "طوال", "طيله", "بعد", "نحو", "قرابه", "حوالي", "زهاء");
  static final Set<String> VAGUE_QUANTIFIERS = ImmutableSet.of("عده", "بضع", "بضعه", "لعده");

  /** Recurrences: يومياً = every day. */
  static final Map<String, String> SET_ADVERBS = ImmutableMap.of(
      "يوميا", "P1D", "اسبوعيا", "P1W", "شهريا", "P1M", "سنويا", "P1Y", "اسبوعي", "P1W");
  static final Map<String, String> SET_UNITS = ImmutableMap.of(
      "يوم", "P1D", "اسبوع", "P1W", "شهر", "P1M", "عام", "P1Y", "سنه", "P1Y", "ساعه", "PT1H");

  /** Feminine ordinals naming clock hours: الساعة العاشرة. */
  static final Map<String, Integer> CLOCK_HOURS = ImmutableMap.<String, Integer>builder()
      .put("الواحده", 1).put("الثانيه", 2).put("الثالثه", 3).put("الرابعه", 4).put("الخامسه", 5)
      .put("السادسه", 6).put("السابعه", 7).put("الثامنه", 8).put("التاسعه", 9).put("العاشره", 10)
      .put("الحاديه", 11)
      .build();

  static final Set<String> PRESENT = ImmutableSet.of("الان", "حاليا", "راهنا");

  private static final String[] CLITICS = {
    "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك"
  };

  /** The first letters of {@link #CLITICS}: a word starting otherwise has none to try. */
  private static final String CLITIC_LETTERS = "وفبلك";

  /** Whether {@code s} starts with a letter some clitic of {@link #CLITICS} starts with. */
  private static boolean mayHaveClitic(String s) {
    return !s.isEmpty() && CLITIC_LETTERS.indexOf(s.charAt(0)) >= 0;
  }

  /** {@code words}, plus every word with each clitic prefix (ل + ال written لل). */
  static Set<String> withClitics(Set<String> words) {
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    for (String w : words) {
      b.add(w);
      for (String p : CLITICS) {
        b.add(p + w);
        if (p.endsWith("ل") && w.startsWith("ال")) {
          b.add(p + w.substring(1));
        }
      }
    }
    return b.build();
  }

  /** The lexicon entry token {@code i} stands for, directly or after a clitic prefix; or null. */
  static <V> V lookup(TimeTokens t, int i, Map<String, V> lexicon) {
    if (i >= t.size) {
      return null;
    }
    String s = t.text[i];
    V v = lexicon.get(s);
    if (v != null || !mayHaveClitic(s)) {
      return v;
    }
    for (String p : CLITICS) {
      if (s.length() > p.length() + 1 && s.startsWith(p)) {
        String rest = s.substring(p.length());
        v = lexicon.get(rest);
        if (v != null) {
          return v;
        }
        if (p.endsWith("ل") && rest.startsWith("ل")) {
          v = lexicon.get("ا" + rest);
          if (v != null) {
            return v;
          }
        }
      }
    }
    return null;
  }

  /** {@code s} in the matching form of {@link io.khabar.text.ArabicNormalizer}. */
  static String matchingForm(String s) {
    return io.khabar.text.ArabicNormalizer.get().matchingForm(s);
  }

  static boolean in(TimeTokens t, int i, Set<String> words) {
    if (i >= t.size) {
      return false;
    }
    String s = t.text[i];
    if (words.contains(s)) {
      return true;
    }
    if (!mayHaveClitic(s)) {
      return false;
    }
    for (String p : CLITICS) {
      if (s.length() > p.length() + 1 && s.startsWith(p)) {
        String rest = s.substring(p.length());
        if (words.contains(rest)
            || (p.endsWith("ل") && rest.startsWith("ل") && words.contains("ا" + rest))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Token {@code i} is {@code word}, possibly with a clitic prefix; allocation-free. */
  static boolean is(TimeTokens t, int i, String word) {
    if (i >= t.size) {
      return false;
    }
    String s = t.text[i];
    if (s.equals(word)) {
      return true;
    }
    if (!mayHaveClitic(s)) {
      return false;
    }
    for (String p : CLITICS) {
      int pl = p.length();
      if (s.length() == pl + word.length() && s.startsWith(p) && s.endsWith(word)) {
        return true;
      }
      // ل + ال → لل: للعام
      if (p.endsWith("ل") && word.startsWith("ال") && s.length() == pl + word.length() - 1
          && s.startsWith(p) && s.regionMatches(pl, word, 1, word.length() - 1)) {
        return true;
      }
    }
    return false;
  }
}
