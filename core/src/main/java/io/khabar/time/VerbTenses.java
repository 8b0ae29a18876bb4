package io.khabar.time;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.khabar.text.VerbParticles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tense of the verb that governs a time expression. Arabic news puts the verb first (VSO),
 * so the governing verb is the nearest known verb before the expression within its clause
 * (at most {@value #REACH} tokens back, never across أن / إن, a comma, a colon, a quotation
 * mark or a relative pronoun; a reporting verb such as قال both ends the clause and is a verb;
 * a future form the lexicons lack but {@link FutureCues} knows, سيجدني, counts as future). A perfect or passive perfect (التقى،
 * عقدت، أقيم) is {@link Tense#PAST}; an imperfect (يستقبل، تنطلق) is a present that news uses for
 * scheduled acts, so {@link Tense#FUTURE}. Particles change that: لم / لما + imperfect is past,
 * لن + imperfect is future, كان + imperfect (كان يستقبل) is past. Three imperfects take their
 * time from a main clause, so they decide nothing: ل + imperfect (ليلتقي "in order to meet",
 * ارتفع ليصل "rose to reach": the walk goes on to the main verb), one after a pronoun (وهو يضرب "while hitting", a circumstantial clause:
 * the search goes on to the main verb) and one after قبل أن / بعد أن (unmarked). No verb
 * found: {@link Tense#UNMARKED}.
 *
 * <p>The verbs are the single-word PERFECT / PASSIVE / IMPERFECT forms of the event lexicons
 * ({@code io/khabar/events/triggers.tsv}, {@code speech-verbs.tsv}, read by their header) and
 * of {@code io/khabar/time/tense-verbs.tsv} (verbs of holding, starting, attending that the
 * event lexicons do not list). A form listed with both tenses is left out, and so is the dual
 * perfect of a three-letter verb (طلبا), spelt like an accusative noun (طلباً). A token is looked
 * up as is, then without a leading و (ويزور); never without ف (فيصل is a name, not ف + يصل).
 */
final class VerbTenses {

  private VerbTenses() {}

  static final int REACH = 12;

  private static final List<String> LEXICONS = List.of(
      "/io/khabar/events/triggers.tsv", "/io/khabar/events/speech-verbs.tsv",
      "/io/khabar/time/tense-verbs.tsv");

  /** لما + jussive ("not yet") negates the past as لم does ({@link VerbParticles}). */
  private static final String NOT_YET = "لما";
  /**
   * Quotation marks (direct speech is a clause of its own: قال "سيجدني جاهزاً يوم الجمعة") and
   * relative pronouns (the expression is the relative clause's: المظاهرات التي نظمت الأحد).
   */
  private static final Set<String> CLAUSE_MARKS = ImmutableSet.of(
      "\"", "«", "»", "“", "”", "الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين",
      "اللواتي", "اللاتي");
  /** Before an imperfect, a pronoun opens a circumstantial clause (وهو يضرب "while hitting"). */
  private static final Set<String> PRONOUNS = ImmutableSet.of(
      "هو", "هي", "هم", "هما", "هن", "وهو", "وهي", "وهم", "وهما", "وهن");
  /** قبل أن / بعد أن + imperfect: a subjunctive whose time is the main clause's. */
  private static final Set<String> RELATIVE_TIME = ImmutableSet.of(
      "قبل", "بعد", "وقبل", "وبعد", "فقبل", "فبعد");
  private static final Set<String> KANA = ImmutableSet.of(
      "كان", "كانت", "كانوا", "كانا", "كانتا", "وكان", "وكانت", "وكانوا");

  private static final class Lexicon { // a holder: loaded on first use
    static final Map<String, Tense> VERBS = load();
  }

  /** The tense of the verb governing an expression that starts at token {@code start}. */
  static Tense at(TimeTokens t, int start) {
    return at(t, start, start);
  }

  /** Commas and the full stop: what sets an expression off as an adverb of its clause. */
  private static final Set<String> SET_OFF = ImmutableSet.of("،", ",", ".");

  /**
   * The tense of the verb governing the expression at tokens {@code [start, end)}. An expression
   * set off by commas (a comma before it, a comma, a full stop or the sentence's end after it:
   * لوّح ترامب، الثلاثاء، باحتمال إلغاء القمة; قال الرئيس التركي، رجب طيب أردوغان، السبت، إن;
   * بعد أن تمكنوا من إخراج 4 صبية، الأحد) is an adverb of the clause whose verb and subject come
   * before it: the walk back crosses the commas of the subject's apposition to that verb.
   */
  static Tense at(TimeTokens t, int start, int end) {
    boolean setOff = start > 0 && SET_OFF.contains(t.text[start - 1])
        && (end >= t.size || SET_OFF.contains(t.text[end]));
    for (int k = start - 1; k >= 0 && k >= start - REACH; k--) {
      if (setOff && SET_OFF.contains(t.text[k])) {
        continue;
      }
      if (purpose(t.text[k])) {
        continue; // ارتفع العدد ليصل إلى: the main verb (ارتفع) dates it
      }
      Tense verb = verb(t.text[k]);
      if (verb == Tense.FUTURE && k > 0 && PRONOUNS.contains(t.text[k - 1])) {
        continue; // وهو يضرب: a circumstantial clause, the main verb is further back
      }
      if (verb != null) {
        return withParticles(t, k, verb);
      }
      if (FutureCues.isCue(t, k)) {
        return Tense.FUTURE; // سيجدني, من المقرر: a future form the lexicons do not list
      }
      if (FutureCues.isClauseOpener(t.text[k]) || CLAUSE_MARKS.contains(t.text[k])) {
        return Tense.UNMARKED;
      }
    }
    return Tense.UNMARKED;
  }

  private static Tense withParticles(TimeTokens t, int k, Tense verb) {
    if (verb != Tense.FUTURE) {
      return verb;
    }
    if (k > 0 && (VerbParticles.negatesPast(t.text[k - 1]) || t.text[k - 1].equals(NOT_YET))) {
      return Tense.PAST;
    }
    if (k > 0 && VerbParticles.negatesFuture(t.text[k - 1])) {
      return Tense.FUTURE;
    }
    if (k > 1 && t.is(k - 1, "ان") && RELATIVE_TIME.contains(t.text[k - 2])) {
      return Tense.UNMARKED; // قبل أن تختتم: the time of the main clause, which we do not read
    }
    for (int j = k - 1; j >= 0 && j >= k - 3; j--) { // كان الوزير يستقبل
      if (KANA.contains(t.text[j])) {
        return Tense.PAST;
      }
    }
    return Tense.FUTURE;
  }

  /** The tense of a verb form (matching form), or null if it is no known verb. */
  static Tense verb(String token) {
    Map<String, Tense> verbs = Lexicon.VERBS;
    Tense v = verbs.get(token);
    if (v != null) {
      return v;
    }
    char c = token.isEmpty() ? 0 : token.charAt(0);
    if (c == 'و' && token.length() > 3) { // not ف: فيصل is a name, not ف + يصل
      v = verbs.get(token.substring(1));
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /**
   * ل + imperfect (ليلتقي "in order to meet", ليصل "so reaching"): a subjunctive of purpose or
   * result whose time is the main verb's, so it decides nothing and the walk goes on to that verb.
   */
  private static boolean purpose(String token) {
    return token.length() > 3 && token.charAt(0) == 'ل'
        && Lexicon.VERBS.get(token.substring(1)) == Tense.FUTURE;
  }

  private static Map<String, Tense> load() {
    Map<String, Tense> verbs = new HashMap<>();
    Set<String> conflicting = new java.util.HashSet<>();
    for (String resource : LEXICONS) {
      try (InputStream in = VerbTenses.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + resource);
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int form = -1;
        int pos = -1;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] f = line.split("\t");
          if (form < 0) { // the header
            List<String> header = List.of(f);
            form = header.indexOf("form");
            pos = header.indexOf("pos");
            if (form < 0 || pos < 0) {
              throw new IllegalStateException(resource + ": no form / pos column");
            }
            continue;
          }
          if (f.length <= Math.max(form, pos) || f[form].contains(" ")) {
            continue;
          }
          Tense tense = switch (f[pos]) {
            case "PERFECT", "PASSIVE" -> Tense.PAST;
            case "IMPERFECT" -> Tense.FUTURE;
            default -> null;
          };
          if (tense == null) {
            continue;
          }
          String key = TimeLexicon.matchingForm(f[form]);
          Tense before = verbs.putIfAbsent(key, tense);
          if (before != null && before != tense) {
            conflicting.add(key);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    conflicting.forEach(verbs::remove);
    // طلبا "they both asked" is spelt like طلباً "a request" (accusative): the dual perfect of a
    // three-letter verb is too often its verbal noun to say anything
    verbs.keySet().removeIf(f -> f.length() == 4 && f.endsWith("ا") && verbs.get(f) == Tense.PAST);
    return ImmutableMap.copyOf(verbs);
  }
}
