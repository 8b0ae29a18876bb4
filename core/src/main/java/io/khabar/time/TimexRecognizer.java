package io.khabar.time;

import com.google.common.collect.ImmutableList;
import io.khabar.text.ArabicNormalizer;
import io.khabar.text.NormalizedText;
import io.khabar.text.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds time expressions in Arabic news text and resolves them to TIMEX3 values against the
 * publication date.
 *
 * <p>Each sentence is normalised with {@link ArabicNormalizer}, cut into {@link TimeTokens}, and
 * scanned left to right by {@link TimexGrammar}: at each token the longest expression wins and
 * scanning resumes after it, so results are sorted and never overlap; an expression that
 * shares a token with an idiom ({@link TimeIdioms}: عن بكرة أبيهم) is dropped. Spans are mapped
 * back to the original text. The tense at the expression ({@link Tense}) decides where bare
 * weekdays and month names fall: an expression with its own direction (أمس, غداً, الماضي,
 * المقبل) keeps it; else the sentence points forward when a future cue applies ({@link
 * FutureCues}: a cue before it, or after it in the same clause); and the verb that governs it
 * ({@link VerbTenses}: التقى past, يستقبل future) overrides that where it changes the value.
 * The final tense is what {@link Timex#future()} reports. Resolution also gets the year written
 * nearest in the sentence, which places a decade. See {@link DateValues} and {@link
 * TimexValues} for the resolution rules.
 *
 * <p>Immutable and thread-safe; never throws on any input string.
 */
public final class TimexRecognizer {

  private static final TimexRecognizer INSTANCE = new TimexRecognizer();

  private final ArabicNormalizer normalizer = ArabicNormalizer.get();

  private TimexRecognizer() {}

  public static TimexRecognizer create() {
    return INSTANCE;
  }

  /**
   * Time expressions of {@code text}, split into sentences at . ! ? ؟ and line breaks (a dot
   * between two digits does not split).
   *
   * @param published publication date, or null if unknown (relative expressions stay unresolved)
   */
  public List<Timex> find(String text, LocalDate published) {
    if (text == null || text.isEmpty()) {
      return ImmutableList.of();
    }
    return find(text, splitSentences(text), published);
  }

  /**
   * Time expressions of {@code text} within the given sentences (original offsets). Sentences
   * out of bounds are clipped, overlapping ones are skipped; text outside every sentence is
   * not searched.
   */
  public List<Timex> find(String text, List<Span> sentences, LocalDate published) {
    return find(text, sentences, published, List.of());
  }

  /**
   * The time expressions {@link #find} gave, read again now that the names of the text are
   * known: a word inside a name is no future cue (التقى بوتين وزير الخارجية سيرغي لافروف
   * الثلاثاء: سيرغي is no future verb, so the Tuesday is the past one). Only the values and
   * tenses can change: names never take part in finding an expression, so the spans are those
   * of {@code found}, which is returned as it is when no name holds a word read as a future cue.
   *
   * @param names the spans of the names, in original offsets
   */
  public List<Timex> reread(String text, List<Span> sentences, LocalDate published,
      List<Timex> found, List<Span> names) {
    if (found.isEmpty() || text == null || sentences == null) {
      return found;
    }
    List<Span> futureNames = new ArrayList<>();
    for (Span n : names) {
      if (holdsFutureForm(text, n)) {
        futureNames.add(n);
      }
    }
    if (futureNames.isEmpty()) {
      return found;
    }
    // a cue reaches only its own sentence: read again just the sentences that hold both such a
    // name and a time expression, and keep the others' expressions as found (both in text order)
    ImmutableList.Builder<Timex> out = ImmutableList.builder();
    int next = 0;
    for (Span s : readable(text, sentences)) {
      int first = next;
      while (next < found.size() && found.get(next).span().start() < s.end()) {
        next++;
      }
      if (next > first && overlapsAny(futureNames, s.start(), s.end())) {
        findInSentence(text, s.start(), s.end(), published, names, out);
      } else {
        out.addAll(found.subList(first, next));
      }
    }
    return out.build();
  }

  private static boolean overlapsAny(List<Span> spans, int from, int to) {
    for (Span n : spans) {
      if (n.start() < to && n.end() > from) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name holds a word spelt like a future verb (سيرغي، وستولتنبرغ). */
  private boolean holdsFutureForm(String text, Span n) {
    if (n.end() > text.length() || text.substring(n.start(), n.end()).indexOf('س') < 0) {
      return false;
    }
    for (String w : normalizer.normalize(text.substring(n.start(), n.end())).normalized()
        .split(" ")) {
      if (FutureForms.futureVerbWithOptionalConjunction(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The parts of the text read, one per sentence: the sentences in text order, without nulls,
   * each cut to the text and to where the one before it ended, empty ones left out.
   */
  private static List<Span> readable(String text, List<Span> sentences) {
    List<Span> ordered = new ArrayList<>();
    for (Span s : sentences) {
      if (s != null) {
        ordered.add(s);
      }
    }
    ordered.sort(null);
    List<Span> parts = new ArrayList<>(ordered.size());
    int covered = 0;
    for (Span s : ordered) {
      int start = Math.max(s.start(), covered);
      int end = Math.min(s.end(), text.length());
      if (start < end) {
        parts.add(new Span(start, end));
        covered = end;
      }
    }
    return parts;
  }

  private List<Timex> find(String text, List<Span> sentences, LocalDate published,
      List<Span> names) {
    if (text == null || text.isEmpty() || sentences == null) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Timex> out = ImmutableList.builder();
    for (Span s : readable(text, sentences)) {
      findInSentence(text, s.start(), s.end(), published, names, out);
    }
    return out.build();
  }

  private void findInSentence(String text, int from, int to, LocalDate published,
      List<Span> names, ImmutableList.Builder<Timex> out) {
    // keep surrogate pairs whole at the cut
    NormalizedText nt = normalizer.normalize(text.substring(from, to));
    TimeTokens t = TimeTokens.of(nt.normalized());
    if (t.size == 0) {
      return;
    }
    if (!names.isEmpty()) {
      t = t.withNames(inNames(t, nt, from, to, names));
    }
    List<TimexGrammar.Match> matches = new ArrayList<>();
    int i = 0;
    while (i < t.size) {
      boolean yearContext = i > 0 && TimeLexicon.in(t, i - 1, TimeLexicon.YEAR_CONTEXT);
      TimexGrammar.Match m = TimexGrammar.longestAt(t, i, yearContext);
      if (m == null || m.end() <= i || TimeIdioms.touches(t, m.start(), m.end())) {
        i++;
        continue;
      }
      matches.add(m);
      i = m.end();
    }
    if (matches.isEmpty()) {
      return;
    }
    FutureCues.Cues cues = FutureCues.cues(t);
    for (TimexGrammar.Match m : matches) {
      Span local = nt.toOriginal(t.start[m.start()], t.end[m.end() - 1]);
      int end = from + local.end();
      while (end < to && isWordMark(text.charAt(end))) { // يوماً, هـ: the word's own marks
        end++;
      }
      Span span = new Span(from + local.start(), end);
      int year = nearbyYear(t, m, matches);
      Tense tense = cueTense(m, cues);
      boolean ownDirection = m.direction() != TimexGrammar.DIR_NONE;
      if (!ownDirection && FutureCues.setAheadAt(t, m.start())) {
        tense = Tense.FUTURE; // المقررة في ديسمبر، أرجأ … إلى 25 أغسطس: whatever the verb
        ownDirection = true;
      } else if (tense == Tense.UNMARKED && FutureCues.deadlineAt(t, m.start())) {
        tense = Tense.FUTURE; // بحلول نوفمبر: by November, ahead unless a perfect says not
      }
      Optional<String> value = resolve(m, published, tense, year);
      Tense verb = !ownDirection ? VerbTenses.at(t, m.start(), m.end()) : Tense.UNMARKED;
      if (verb != Tense.UNMARKED && verb != tense) {
        Optional<String> byVerb = resolve(m, published, verb, year);
        if (!byVerb.equals(value)) { // the verb decides where the date is
          tense = verb;
          value = byVerb;
        }
      }
      out.add(new Timex(span, text.substring(span.start(), span.end()), m.type(), value,
          tense == Tense.FUTURE));
    }
  }

  /** Which tokens of a sentence lie inside one of the names (original offsets). */
  private static boolean[] inNames(TimeTokens t, NormalizedText nt, int from, int to,
      List<Span> names) {
    boolean[] in = new boolean[t.size];
    for (int k = 0; k < t.size; k++) {
      Span local = nt.toOriginal(t.start[k], t.end[k]);
      int a = from + local.start();
      int b = from + local.end();
      for (Span n : names) {
        if (n.start() < to && n.end() > from && n.start() <= a && b <= n.end()) {
          in[k] = true;
          break;
        }
      }
    }
    return in;
  }

  /**
   * The expression's own direction (أمس, غداً, الماضي, المقبل) if it has one, else forward if a
   * future cue applies ({@link FutureCues}), else unmarked.
   */
  private static Tense cueTense(TimexGrammar.Match m, FutureCues.Cues cues) {
    if (m.direction() == TimexGrammar.DIR_FORWARD) {
      return Tense.FUTURE;
    }
    if (m.direction() == TimexGrammar.DIR_PAST) {
      return Tense.PAST;
    }
    return cues.forwardAt(m.start(), m.end()) ? Tense.FUTURE : Tense.UNMARKED;
  }

  private static Optional<String> resolve(TimexGrammar.Match m, LocalDate published, Tense tense,
      int nearbyYear) {
    try {
      return m.value().resolve(published, new TimexGrammar.Context(tense, nearbyYear));
    } catch (RuntimeException e) { // a value we cannot compute is an empty value
      return Optional.empty();
    }
  }

  /** The four-digit year (1000–2100) inside another expression nearest to {@code m}, or -1. */
  private static int nearbyYear(TimeTokens t, TimexGrammar.Match m,
      List<TimexGrammar.Match> matches) {
    int best = TimexGrammar.Context.NO_YEAR;
    int bestDistance = Integer.MAX_VALUE;
    for (TimexGrammar.Match other : matches) {
      if (other == m) {
        continue;
      }
      for (int k = other.start(); k < other.end(); k++) {
        if (t.digits[k] == 4 && t.number[k] >= 1000 && t.number[k] <= 2100) {
          int distance = k < m.start() ? m.start() - k : k - m.end();
          if (distance < bestDistance) {
            bestDistance = distance;
            best = t.number[k];
          }
        }
      }
    }
    return best;
  }

  /** Sentence spans: cut after . ! ? ؟ (not a dot between digits) and at line breaks. */
  static List<Span> splitSentences(String text) {
    List<Span> spans = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean cut;
      if (c == '\n' || c == '\r' || c == '!' || c == '?' || c == '؟' || c == '\u2029') {
        cut = true;
      } else if (c == '.') {
        cut = !(i > 0 && i + 1 < n && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1)));
      } else {
        cut = false;
      }
      if (cut) {
        if (i + 1 > start) {
          spans.add(new Span(start, i + 1));
        }
        start = i + 1;
      }
    }
    if (start < n) {
      spans.add(new Span(start, n));
    }
    return spans;
  }

  /** Harakat and tatweel: the normaliser drops them, but they belong to the word before. */
  private static boolean isWordMark(char c) {
    return c == '\u0640' || (c >= '\u0600' && c <= '\u08FF'
        && Character.getType(c) == Character.NON_SPACING_MARK);
  }

  private static boolean isDigit(char c) {
    return Character.isDigit(c);
  }
}
