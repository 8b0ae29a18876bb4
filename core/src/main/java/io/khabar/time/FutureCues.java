package io.khabar.time;

import com.google.common.collect.ImmutableSet;
import java.util.Set;

/**
 * Does a sentence speak of the future at a given expression? Cues: سوف; المقبل / القادم / المرتقب (any gender
 * and number: ديسمبر المقبلين);
 * verbs of intent (يعتزم, يزمع, ينوي, يتطلع "looks forward to", يخطط, يستعد "prepares for"); من المقرر / من المنتظر / من المتوقع; ينتظر أن; and the future prefix سـ on an
 * imperfect verb (سيزور, ستعقد, سنعمل), recognised as س + ي/ت/ن + at least three letters, minus
 * a stop list of common nouns that start the same way (سياسة, سيارة, سنوات, ستين …); a word
 * inside a name the entity stage found (سيرغي لافروف، سيدني، ستولتنبرغ) is no cue, which {@link
 * TimexRecognizer#reread} applies once the names are known. The
 * first-person سأ is left out: after normalisation it collides with ساعة, سابق, ساحة. A cue
 * counts for an expression when it comes before it, or after it within the same clause (see
 * {@link Cues#forwardAt}); a relative pronoun between a cue before and the expression opens a
 * clause with its own time, which the cue does not reach until a comma closes it (سينتقل الثلاثاء
 * لعلاج الإصابة التي تعرض لها السبت: that Saturday is past; نظيره الإسباني، الذي سيضم فاسكيز،
 * يوم الاثنين: the clause is closed, the Monday the main verb's).
 */
final class FutureCues {

  private FutureCues() {}

  private static final Set<String> WORDS = ImmutableSet.of(
      "سوف", "المقبل", "المقبله", "القادم", "القادمه", "المرتقب", "المرتقبه", "يعتزم", "تعتزم",
      "يعتزمون", "نعتزم", "تعتزمان", "يزمع", "تزمع", "غدا", "ينوي", "تنوي", "ينوون", "يتطلع",
      "تتطلع", "يتطلعان", "يتطلعون", "نتطلع", "يخطط", "تخطط", "يخططون",
      // to prepare for (استعد): an act still ahead, like the verbs of intent
      "يستعد", "تستعد", "يستعدون", "يستعدان", "تستعدان", "نستعد",
      // the future of the auxiliary تم (سيتم الإعلان), too short for the س + verb test
      "سيتم", "ستتم",
      // المقبل agreeing with two or more nouns: في نوفمبر أو ديسمبر المقبلين
      "المقبلين", "المقبلان", "المقبلتين", "المقبلتان", "القادمين", "القادمان", "القادمتين",
      "المرتقبين");
  private static final Set<String> AFTER_MIN = ImmutableSet.of("المقرر", "المنتظر", "المتوقع", "المزمع");
  private static final Set<String> STOP_WORDS = ImmutableSet.of(
      "سيد", "سيده", "سيدات", "سيدي", "سيف", "سيول", "سيوله", "سيناريو", "سيناريوهات",
      "سيطره", "سيرة", "سيره", "سيرك", "سيكولوجي", "ستين", "ستون", "سته", "ستار",
      "ستاد", "ستوديو", "ستر", "سنه", "سنوات", "سنين", "سنتين", "سنتان", "سنوي", "سنويا",
      "سنويه", "سندات", "سند", "سنابل", "سنترال", "سنيه", "سنه", "سنتيمتر",
      "ستمائه", "ستمئه", "سيناتور", "سيلان", "سيجار", "سيجاره", "سينما",
      "سينمائي", "سيمفونيه", "سينودس");
  private static final String[] STOP_PREFIXES = {
    "سياس", "سيار", "سياح", "سياق", "سيطر", "سنوي", "ستراتيج", "سينمائ", "سيكولوج", "سيادي",
    "سياد", "سيبران", "سيبر", "سيناري"
  };

  /** Relative pronouns in matching form, with و: each opens a clause with a time of its own. */
  private static final Set<String> RELATIVE_PRONOUNS = ImmutableSet.of(
      "الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللواتي", "اللاتي",
      "والذي", "والتي", "والذين");

  private static final Set<String> CLAUSE_OPENERS = ImmutableSet.of(
      "ان", "بان", "وان", "انه", "انها", "بانه", "بانها", "وانه", "وانها", "،", ",", ":", "قال",
      "وقال", "قالت", "وقالت", "اعلن", "واعلن", "اعلنت", "واعلنت", "اضاف", "واضاف", "اضافت",
      "واضافت", "مضيفا", "مضيفه", "موضحا", "مشيرا");

  /**
   * The future cues of one sentence, indexed so that {@link #forwardAt} is O(1).
   *
   * @param firstCue index of the first cue token, or {@code size} if none
   * @param nextCue nextCue[i]: index of the first cue at or after i, or {@code size}
   * @param nextBoundary nextBoundary[i]: first clause boundary at or after i, or {@code size}
   * @param lastCue lastCue[i]: index of the last cue before i, or -1
   * @param lastRelative lastRelative[i]: index of the last relative pronoun before i, or -1
   * @param lastComma lastComma[i]: index of the last comma before i, or -1
   */
  record Cues(int firstCue, int[] nextCue, int[] nextBoundary, int[] lastCue,
      int[] lastRelative, int[] lastComma) {

    /**
     * Whether the tokens {@code [start, end)} sit in a forward-looking context: a cue before
     * them, or a cue after them with no clause boundary (أن / إن, a comma, a reporting verb) in
     * between. So in "أعلن الوزير الأربعاء أن الحكومة ستطرح …" the weekday stays in the past,
     * while in "من المقرر أن يزور الوفد عمّان الأحد" and "يصل الوفد الأحد وسيلتقي الرئيس" it
     * points forward. A cue before does not reach into a relative clause opened after it and
     * not yet closed by a comma: that clause tells a time of its own (الإصابة التي تعرض لها
     * السبت, after سينتقل).
     */
    boolean forwardAt(int start, int end) {
      boolean inRelative = lastRelative[start] > lastCue[start]
          && lastComma[start] < lastRelative[start];
      if (firstCue < start && !inRelative) {
        return true;
      }
      return end < nextCue.length && nextCue[end] < nextBoundary[end];
    }
  }

  /** Whether a token opens a clause (أن / إن, a comma, a colon, a reporting verb). */
  static boolean isClauseOpener(String token) {
    return CLAUSE_OPENERS.contains(token);
  }

  static Cues cues(TimeTokens t) {
    int n = t.size;
    int[] nextCue = new int[n + 1];
    int[] nextBoundary = new int[n + 1];
    nextCue[n] = n;
    nextBoundary[n] = n;
    for (int i = n - 1; i >= 0; i--) {
      nextCue[i] = isCue(t, i) ? i : nextCue[i + 1];
      nextBoundary[i] = CLAUSE_OPENERS.contains(t.text[i]) ? i : nextBoundary[i + 1];
    }
    int[] lastCue = new int[n + 1];
    int[] lastRelative = new int[n + 1];
    int[] lastComma = new int[n + 1];
    lastCue[0] = -1;
    lastRelative[0] = -1;
    lastComma[0] = -1;
    for (int i = 1; i <= n; i++) {
      String w = t.text[i - 1];
      lastCue[i] = nextCue[i - 1] == i - 1 ? i - 1 : lastCue[i - 1];
      lastRelative[i] = RELATIVE_PRONOUNS.contains(w) ? i - 1 : lastRelative[i - 1];
      lastComma[i] = w.equals("،") || w.equals(",") ? i - 1 : lastComma[i - 1];
    }
    return new Cues(nextCue[0], nextCue, nextBoundary, lastCue, lastRelative, lastComma);
  }

  /** بحلول "by" (a deadline), with or without و. */
  private static final Set<String> BY = ImmutableSet.of("بحلول", "وبحلول");

  /**
   * Whether the expression starting at {@code start} is a deadline (بحلول نوفمبر "by November"):
   * a deadline lies ahead unless the governing verb is a perfect (اكتمل المشروع بحلول نوفمبر),
   * which {@link VerbTenses} then decides. It speaks only for its own expression.
   */
  static boolean deadlineAt(TimeTokens t, int start) {
    return start > 0 && BY.contains(t.text[start - 1]);
  }

  /** Scheduled (مقرر، مزمع) as an adjective of the thing the expression dates. */
  private static final Set<String> SCHEDULED = matching(
      "مقرر", "مقررا", "مقررة", "المقرر", "المقررة", "مقررين", "المقررين", "مزمع", "مزمعا",
      "مزمعة", "المزمع", "المزمعة");
  /** Words of putting off (أرجأ، أجّل، تأجيل، إرجاء، مدّد، تمديد), whose إلى names the new date. */
  private static final Set<String> PUT_OFF = matching(
      "أرجأ", "أرجأت", "أرجئ", "أرجئت", "إرجاء", "أجل", "أجلت", "تأجيل", "تأجيله", "تأجيلها",
      "تأجيلهما", "إرجائه", "إرجائها", "مدد", "مددت", "تمديد", "تمديده", "تمديدها");
  /** Between such a word and the expression: في, ل, يوم (مقررة في ديسمبر، المقرر يوم الأحد). */
  private static final Set<String> LINKS = ImmutableSet.of("في", "ل", "يوم", "ليوم");
  /** How far back a word of putting off may stand from its إلى (أرجأت المحكمة البت في الاستئناف إلى). */
  private static final int PUT_OFF_REACH = 8;

  private static Set<String> matching(String... words) {
    return java.util.Arrays.stream(words).map(TimeLexicon::matchingForm)
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Whether the expression starting at {@code start} names a time that was set ahead, whatever
   * the verb: the date of a scheduled thing (المناورة التي كانت مقررة في ديسمبر، الانتخابات
   * المقررة في مايو: "was scheduled" is future seen from the past, so the nearest such date
   * that has not long gone) or the new date of a postponement (أرجأت المحكمة البت في الاستئناف
   * إلى 25 أغسطس). The perfect of the sentence (ألغت، أرجأت) does not move it back.
   */
  static boolean setAheadAt(TimeTokens t, int start) {
    int k = start - 1;
    if (k >= 0 && LINKS.contains(t.text[k])) {
      k--;
    }
    if (k >= 0 && SCHEDULED.contains(t.text[k])) {
      return true;
    }
    if (start < 1 || !(t.is(start - 1, "الي") || t.is(start - 1, "حتي"))) {
      return false;
    }
    for (int j = start - 2; j >= 0 && j >= start - 1 - PUT_OFF_REACH; j--) {
      String w = t.text[j];
      if (PUT_OFF.contains(w) || w.length() > 3 && w.charAt(0) == 'و'
          && PUT_OFF.contains(w.substring(1))) {
        return true;
      }
      if (isClauseOpener(w)) {
        return false;
      }
    }
    return false;
  }

  static boolean isCue(TimeTokens t, int i) {
    if (t.inName[i]) {
      return false; // سيرغي لافروف، سيدني: a name spelt like a future verb
    }
    String s = t.text[i];
    if (s.length() > 3 && (s.charAt(0) == 'و' || s.charAt(0) == 'ف')) {
      String rest = s.substring(1);
      if (WORDS.contains(rest) || futureVerb(rest)) {
        return true;
      }
    }
    if (WORDS.contains(s) || futureVerb(s)) {
      return true;
    }
    if (AFTER_MIN.contains(s) && i > 0 && (t.text[i - 1].equals("من") || t.text[i - 1].equals("ومن"))) {
      return true;
    }
    return (s.equals("ينتظر") || s.equals("يتوقع")) && t.is(i + 1, "ان");
  }




  static boolean futureVerb(String s) {
    if (s.length() < 5 || s.charAt(0) != 'س') {
      return false;
    }
    char c = s.charAt(1);
    if (c != 'ي' && c != 'ت' && c != 'ن') {
      return false;
    }
    if (STOP_WORDS.contains(s)) {
      return false;
    }
    for (String p : STOP_PREFIXES) {
      if (s.startsWith(p)) {
        return false;
      }
    }
    return true;
  }
}
