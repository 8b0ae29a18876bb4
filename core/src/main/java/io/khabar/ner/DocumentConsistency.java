package io.khabar.ner;

import io.khabar.text.ArabicNormalizer;
import io.khabar.token.StemLexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One name, one type per document: after each sentence has been tagged alone, a name the model
 * found in one sentence is also tagged where the same words occur untagged elsewhere in the
 * document (فايزة أبوالنجا found once, missed twice), and a person's multi-word name lends its
 * last word to later bare mentions (الراغب after محرم الراغب). News repeats its names, and a
 * sentence-level tagger misses some repetitions that a neighbouring sentence's context made easy.
 *
 * <p>Words are compared in matching form, the first one also after one proclitic (و، ف، ب، ل، ك)
 * on either side, so وأبوالنجا is found from أبوالنجا and back; the added span covers the whole token, as the name finder's
 * do. A name tagged with several types counts for the type tagged most often (ties: the first),
 * and a repetition is as certain as the surest tagging of that name with that type, so a caller's
 * probability floor treats both alike.
 * Existing spans are never changed, overlapped or touched.
 *
 * <p>A one-word name is spread only where it is often a name: the word must be tagged at least
 * once for every {@value #UNTAGGED_PER_TAGGED} times it stands untagged in the document (a
 * two-word body's name lends its last word, as a person's does), and its matching form must not
 * be that of a
 * function word ({@value #FUNCTION_WORDS}; the normaliser folds على into علي), so one stray
 * tagging of a frequent word never turns all its occurrences into names, however long the text.
 * Names of several words are specific enough to be spread from one tagging. Stateless and
 * thread-safe.
 */
final class DocumentConsistency {

  /**
   * A one-word name is spread while it stands untagged at most this many times per tagging: a
   * third of its occurrences tagged says it is a name of this document (a club called by its
   * short name, tagged once in three), while one stray tagging of a frequent word stays alone.
   */
  private static final int UNTAGGED_PER_TAGGED = 2;

  /** Longest name, in words, that is propagated. */
  private static final int MAX_WORDS = 5;

  /** Shortest single word (matching-form chars) propagated alone: short words are too ambiguous. */
  private static final int MIN_SINGLE_CHARS = 4;

  /** Closed-class words in the models jar, one or more a line, {@code #} comments. */
  static final String FUNCTION_WORDS = "/io/khabar/models/lexicon/function-words.txt";

  private static final Set<String> FUNCTION = readFunctionWords();

  private DocumentConsistency() {}

  /** Whether a word (matching form) is one of the closed-class words {@value #FUNCTION_WORDS}. */
  static boolean isFunctionWord(String form) {
    return FUNCTION.contains(form);
  }

  private static Set<String> readFunctionWords() {
    Set<String> out = new HashSet<>();
    try (java.io.InputStream in = DocumentConsistency.class.getResourceAsStream(FUNCTION_WORDS)) {
      if (in != null) {
        for (String line : new String(in.readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
          if (!line.startsWith("#")) {
            for (String w : line.strip().split("\\s+")) {
              if (!w.isEmpty()) {
                out.add(ArabicNormalizer.get().matchingForm(w));
              }
            }
          }
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + FUNCTION_WORDS, e);
    }
    return Set.copyOf(out);
  }

  /**
   * Whether a word (matching form) is rare in general Arabic text: seen at most {@value
   * #RARE_COUNT} times in the clitic segmenter's word counts, no given name, and with the
   * article only when shaped as a nisba. A person's
   * family name that rare (إنغز after داني إنغز, a foreign surname) is no ordinary word, so all
   * its occurrences are that person however often the name finder missed them.
   */
  private static boolean isRareWord(String form) {
    // with the article, only a nisba (الهريفي) is a family name's shape: a rare noun (الجسر
    // "the bridge") after a name the finder ran on (بوتن الجسر) is the sentence's next word
    return StemLexicon.loadDefault().count(form) <= RARE_COUNT
        && CueWords.of(form) != CueWords.Cue.GIVEN_NAME
        && (!form.startsWith("ال") || form.endsWith("ي"));
  }

  /** Most occurrences in the word counts of a family name spread without the ratio test. */
  private static final int RARE_COUNT = 1;

  /** Names per sentence, with the propagated ones added (in token order). */
  static List<List<NameSpan>> apply(List<String[]> sentences, List<List<NameSpan>> found) {
    ArabicNormalizer norm = ArabicNormalizer.get();
    List<String[]> forms = new ArrayList<>(sentences.size());
    for (String[] s : sentences) {
      String[] f = new String[s.length];
      for (int i = 0; i < s.length; i++) {
        f[i] = s[i] == null ? "" : norm.matchingForm(s[i]);
      }
      forms.add(f);
    }
    // name (words joined by a space) -> type -> count and best probability
    Map<String, Map<String, Tally>> names = new HashMap<>();
    Set<String> rareFamilyNames = new HashSet<>();
    for (int k = 0; k < found.size(); k++) {
      String[] f = forms.get(k);
      for (NameSpan n : found.get(k)) {
        if (n.end() - n.start() > MAX_WORDS) {
          continue;
        }
        String whole = key(f, n.start(), n.end(), false);
        count(names, whole, n);
        String stripped = key(f, n.start(), n.end(), true);
        if (!stripped.equals(whole)) {
          count(names, stripped, n); // وأسامة حسني also names أسامة حسني
        }
        if (n.type().equals("PERS") && n.end() - n.start() >= 2) {
          String last = f[n.end() - 1];
          if (last.length() >= MIN_SINGLE_CHARS) {
            count(names, last, n);
            if (isRareWord(last)) {
              rareFamilyNames.add(last);
            }
          }
        } else if (n.type().equals("ORG") && n.end() - n.start() == 2) {
          // مانشستر يونايتد … يونايتد: a two-word body's name without the article is called by
          // its last word (a place's name there, مدريد of ريال مدريد, is the knowledge base's)
          String last = f[n.end() - 1];
          if (last.length() >= MIN_SINGLE_CHARS && !last.startsWith("ال")) {
            count(names, last, n);
          }
        }
      }
    }
    if (names.isEmpty()) {
      return found;
    }
    // one-word names: spread only when tagged at least as often as they stand untagged
    Map<String, Integer> untagged = new HashMap<>();
    // first words of the names of several words: only a token that is one (as it stands or
    // stripped) can begin an untagged repetition, so the others build no keys (a token with a
    // space in it, if any, is looked up in full)
    Set<String> firstOfLonger = new HashSet<>();
    for (String name : names.keySet()) {
      int space = name.indexOf(' ');
      if (space >= 0) {
        firstOfLonger.add(name.substring(0, space));
      }
    }
    for (int k = 0; k < forms.size(); k++) {
      String[] f = forms.get(k);
      boolean[] taken = new boolean[f.length];
      for (NameSpan n : found.get(k)) {
        for (int i = n.start(); i < n.end(); i++) {
          taken[i] = true;
        }
      }
      for (int i = 0; i < f.length; i++) {
        if (taken[i]) {
          continue;
        }
        String bare = stripped(f[i]);
        int longer = 0; // an untagged repetition of a longer name is that name's, not the word's
        if (firstOfLonger.contains(f[i]) || firstOfLonger.contains(bare)
            || f[i].indexOf(' ') >= 0) {
          for (int len = Math.min(MAX_WORDS, f.length - i); len >= 2 && longer == 0; len--) {
            if (names.containsKey(key(f, i, i + len, false))
                || names.containsKey(key(f, i, i + len, true))) {
              longer = len;
            }
          }
        }
        if (longer > 0) {
          i += longer - 1;
        } else if (names.containsKey(f[i]) || names.containsKey(bare)) {
          untagged.merge(names.containsKey(f[i]) ? f[i] : bare, 1, Integer::sum);
        }
      }
    }
    names.entrySet().removeIf(e -> e.getKey().indexOf(' ') < 0 && (FUNCTION.contains(e.getKey())
        || !rareFamilyNames.contains(e.getKey())
            && UNTAGGED_PER_TAGGED * e.getValue().values().stream().mapToInt(t -> t.count).sum()
                < untagged.getOrDefault(e.getKey(), 0)));
    if (names.isEmpty()) {
      return found;
    }
    Map<String, NameSpan> typeOf = new HashMap<>(); // the type and probability a repetition gets
    names.forEach((name, types) -> {
      Map.Entry<String, Tally> best = null;
      for (Map.Entry<String, Tally> e : types.entrySet()) {
        if (best == null || e.getValue().count > best.getValue().count) {
          best = e;
        }
      }
      typeOf.put(name, new NameSpan(0, 1, best.getKey(), best.getValue().probability));
    });
    // names' first words, so that most tokens cost one look-up instead of ten built keys
    Set<String> firstWords = new HashSet<>();
    for (String name : typeOf.keySet()) {
      int space = name.indexOf(' ');
      firstWords.add(space < 0 ? name : name.substring(0, space));
    }
    List<List<NameSpan>> out = new ArrayList<>(found.size());
    for (int k = 0; k < found.size(); k++) {
      out.add(fill(forms.get(k), found.get(k), typeOf, firstWords));
    }
    return out;
  }

  private static List<NameSpan> fill(String[] f, List<NameSpan> spans,
      Map<String, NameSpan> typeOf, Set<String> firstWords) {
    int n = f.length;
    boolean[] taken = new boolean[n];
    for (NameSpan s : spans) {
      for (int i = s.start(); i < s.end(); i++) {
        taken[i] = true;
      }
    }
    List<NameSpan> added = null;
    int i = 0;
    while (i < n) {
      if (!firstWords.contains(f[i]) && !firstWords.contains(stripped(f[i]))) {
        i++;
        continue;
      }
      int matched = 0;
      NameSpan type = null;
      for (int len = Math.min(MAX_WORDS, n - i); len >= 1 && matched == 0; len--) {
        if (free(taken, f, i, len)) {
          NameSpan t = lookUp(typeOf, f, i, i + len);
          if (t != null && (len > 1 || f[i].length() >= MIN_SINGLE_CHARS)) {
            matched = len;
            type = t;
          }
        }
      }
      if (matched > 0) {
        if (added == null) {
          added = new ArrayList<>(spans);
        }
        added.add(new NameSpan(i, i + matched, type.type(), type.probability()));
        i += matched;
      } else {
        i++;
      }
    }
    if (added == null) {
      return spans;
    }
    added.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return List.copyOf(added);
  }

  /**
   * No existing name on or next to the tokens: a repetition never extends or splits a name. A
   * name joined to it by و is no extension but a second name (نافس مودريتش ورونالدو، مستشفى
   * كلينيك وأبيدال): the و that begins the later of the two separates them.
   */
  private static boolean free(boolean[] taken, String[] f, int start, int len) {
    for (int i = start; i < start + len; i++) {
      if (taken[i]) {
        return false;
      }
    }
    boolean before = start > 0 && taken[start - 1] && !f[start].startsWith("و");
    int after = start + len;
    return !before && !(after < taken.length && taken[after] && !f[after].startsWith("و"));
  }

  private static NameSpan lookUp(Map<String, NameSpan> typeOf, String[] f, int start, int end) {
    NameSpan t = typeOf.get(key(f, start, end, false));
    if (t == null) {
      t = typeOf.get(key(f, start, end, true));
    }
    return t;
  }

  /** Words joined by spaces; with {@code strip}, the first word without one proclitic. */
  private static String key(String[] f, int start, int end, boolean strip) {
    StringBuilder sb = new StringBuilder();
    for (int i = start; i < end; i++) {
      if (i > start) {
        sb.append(' ');
      }
      sb.append(i == start && strip ? stripped(f[i]) : f[i]);
    }
    return sb.toString();
  }

  /** The word without one leading proclitic, when a word long enough to propagate remains. */
  private static String stripped(String w) {
    return ProcliticStripper.withoutOneProclitic(w, MIN_SINGLE_CHARS);
  }

  private static void count(Map<String, Map<String, Tally>> names, String name, NameSpan n) {
    if (!name.isEmpty()) {
      Tally t = names.computeIfAbsent(name, x -> new HashMap<>())
          .computeIfAbsent(n.type(), x -> new Tally());
      t.count++;
      t.probability = Math.max(t.probability, n.probability());
    }
  }

  /** How often a name was tagged with one type, and the best probability it had. */
  private static final class Tally {
    int count;
    double probability;
  }
}
