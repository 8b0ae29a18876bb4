package io.khabar.ner;

import io.khabar.text.Span;
import io.khabar.token.AnalyzedText;
import java.util.List;
import java.util.ListIterator;

/**
 * A name yields to a longer time expression it overlaps, as a shorter name yields to a longer one
 * ({@link Overlaps}): months, days and parts of the day are also names or name parts (نيسان the
 * month and Nissan, صباح of «صباح الأربعاء» and the given name صباح), and where the time stage
 * reads more words than the name (18 نيسان/أبريل، نيسان الماضي، صباح الأربعاء) the word is the
 * time. A time expression of the name's words alone (شركة نيسان, where a bare month was read)
 * or shorter than the name (آلان بيللغريني, where الآن was read) leaves the name. A candidate
 * inside a longer time expression is dropped. One that only begins or ends inside a longer one
 * loses those words when the name finder proposed it (its edges are its weak part); a name the
 * knowledge base, a title or a body's phrase gives stays whole (ثورة 25 يناير is a name with a
 * date inside). A name the name finder or a body's phrase proposed never ends in a definite time
 * expression of its own (قال لوران سان مارتان الخميس، الاتحاد الوطني للاعبين الثلاثاء): it is
 * cut off. Stateless and thread-safe.
 */
final class TimeOverlaps {

  /** Time words that point at the moment of writing, in matching form: اليوم، الآن. */
  private static final java.util.Set<String> DEICTIC = java.util.Set.of("اليوم", "الان");

  private TimeOverlaps() {}

  /**
   * Drops or trims the candidates that overlap {@code times} (char spans of the time
   * expressions of {@code text}, in any order).
   */
  static void yieldTo(AnalyzedText text, List<Span> times, List<Candidate> candidates) {
    if (times.isEmpty()) {
      return;
    }
    // per token, the first token and the end of the time expression it is in (−1: none)
    int[] timeStart = new int[text.size()];
    int[] timeEnd = new int[text.size()];
    java.util.Arrays.fill(timeStart, -1);
    for (Span s : times) {
      int first = text.tokenAtOrAfter(s.start());
      if (first > 0 && text.end(first - 1) > s.start()) {
        first--; // a word that reaches into the span: a proclitic before it (وصباح)
      }
      int end = first;
      while (end < text.size() && text.start(end) < s.end()) {
        end++;
      }
      for (int i = first; i < end; i++) {
        timeStart[i] = first;
        timeEnd[i] = end;
      }
    }
    for (ListIterator<Candidate> it = candidates.listIterator(); it.hasNext(); ) {
      Candidate c = it.next();
      int s = timeStart[c.start()];
      if (s >= 0 && s == timeStart[c.end() - 1]) {
        // wholly inside one time expression: the longer reading wins
        if (timeEnd[c.start()] - s > c.length()) {
          it.remove();
        }
        continue;
      }
      int end = c.end();
      if (c.source() == Candidate.Source.MODEL || c.source() == Candidate.Source.PHRASE) {
        // سان مارتان الخميس: a definite time expression of its own at the end is the clause's
        end = withoutTrailingDay(text, c.start(), end, timeStart, timeEnd);
      }
      if (c.source() != Candidate.Source.MODEL) {
        if (end != c.end()) {
          it.set(c.withSpan(c.start(), end, c.stripped()));
        }
        continue;
      }
      int start = c.start();
      while (start < end && timeStart[start] >= 0
          && timeEnd[start] - timeStart[start] > c.length()) {
        start++;
      }
      while (end > start && timeStart[end - 1] >= 0
          && timeEnd[end - 1] - timeStart[end - 1] > c.length()) {
        end--;
      }
      if (start == end) {
        it.remove();
      } else if (start != c.start() || end != c.end()) {
        it.set(c.withSpan(start, end, start == c.start() ? c.stripped() : 0));
      }
    }
  }

  /**
   * The end of [start, end) without a whole time expression at its end whose first word has the
   * article (الخميس، الأسبوع الماضي), when words remain before it: news puts the day right after
   * the subject (قال لوران سان مارتان الخميس), and no name ends in one. The deictic words alone
   * (اليوم، الآن) end the names of outlets and campaigns (روسيا اليوم، المساواة الآن): kept.
   */
  private static int withoutTrailingDay(AnalyzedText text, int start, int end, int[] timeStart,
      int[] timeEnd) {
    int t = timeStart[end - 1];
    if (t > start && timeEnd[end - 1] == end && text.form(t).startsWith("ال")
        && !(end - t == 1 && DEICTIC.contains(text.form(t)))) {
      return t;
    }
    return end;
  }
}
