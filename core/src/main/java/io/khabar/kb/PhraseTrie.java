package io.khabar.kb;

import com.google.common.collect.ImmutableList;
import io.khabar.pack.PackedReader;
import io.khabar.pack.PackedWriter;
import io.khabar.text.ArabicNormalizer;
import io.khabar.text.TokenSequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A dictionary of phrases (sequences of words in matching form) mapped to values, matched over a
 * {@link TokenSequence}: the one matching mechanism of the library (names, titles, time words,
 * event triggers).
 *
 * <p>Phrases are normalised with {@link ArabicNormalizer#matchingForm} and split into words at
 * whitespace. A phrase with inner punctuation (أ.ف.ب، د.ب.أ) is stored twice: as written, and
 * with each punctuation char as a word of its own, so it matches whether the tokeniser keeps
 * abbreviations whole or splits them.
 *
 * <p>Matching finds, at a token, the longest stored phrase starting there. The first token is
 * tried as is and then with Arabic proclitics removed: و/ف, then ب/ل/ك, then the pairs وب ول وك
 * فب فل فك; after a removed ل, an elided article is restored (للرئيس → الرئيس, للسويداء →
 * السويداء); and the article is dropped when the stored phrase lacks it (بالسويداء finds both
 * السويداء and سويداء) unless the word ends in ي (nisba adjectives: المالي is not مالي). A reading that removes more never displaces a longer match, and among equally long
 * matches the one removing least wins. Removal always leaves at least two chars. Only the first
 * token is tolerant: inner words must match exactly.
 *
 * <p>Implementation: words are interned to ids in a {@link WordTable} probed on char ranges, and
 * edges are a second open-addressing table keyed by {@code (node, word)} packed in a long. The
 * proclitic readings tried are those beginning with the token's first letter (most words begin
 * with none of و ف ب ل ك).
 * The probe loop allocates nothing. Instances are immutable and thread-safe.
 */
public final class PhraseTrie<V> {

  /** Proclitic readings of a first token, tried in this order (fewest chars removed first). */
  private static final String[] PROCLITICS = {
    "", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"
  };

  /** The readings of {@link #PROCLITICS} but the first, per first letter, in their order. */
  private static final String[][] READINGS_BY_LETTER = readingsByLetter();

  /** Where {@link #READINGS_BY_LETTER} starts: the proclitic letters are all in this block. */
  private static final char FIRST_LETTER = '\u0621';

  private static String[][] readingsByLetter() {
    String[][] out = new String[0x40][];
    for (int c = 0; c < out.length; c++) {
      List<String> rs = new ArrayList<>();
      for (String p : PROCLITICS) {
        if (!p.isEmpty() && p.charAt(0) == FIRST_LETTER + c) {
          rs.add(p);
        }
      }
      out[c] = rs.toArray(new String[0]);
    }
    return out;
  }

  private static final int ROOT = 0;

  private final WordTable words;
  private final EdgeTable edges;
  private final Object[] nodeValues; // ImmutableList<V> or null
  private final int phraseCount;
  private final boolean procliticTolerant;

  private PhraseTrie(Builder<V> b) {
    procliticTolerant = b.procliticTolerant;
    words = WordTable.of(b.words);
    edges = b.edges.compact();
    nodeValues = new Object[b.nodeValues.size()];
    int phrases = 0;
    for (int n = 0; n < nodeValues.length; n++) {
      Object vs = b.nodeValues.get(n);
      if (vs instanceof Builder.Several several) {
        nodeValues[n] = ImmutableList.copyOf(several.values);
        phrases++;
      } else if (vs != null) {
        nodeValues[n] = ImmutableList.of(vs);
        phrases++;
      }
    }
    phraseCount = phrases;
  }

  /** The trie as {@link #writeTo} wrote it, with its values looked up by index. */
  private PhraseTrie(PackedReader in, java.util.function.IntFunction<V> value) {
    in.expect(PACKED_TAG);
    procliticTolerant = in.readBoolean();
    words = WordTable.read(in);
    edges = EdgeTable.of(in.readLongs(), in.readInts());
    int[] counts = in.readInts();
    int[] indices = in.readInts();
    nodeValues = new Object[counts.length];
    int phrases = 0;
    for (int n = 0, at = 0; n < counts.length; n++) {
      int c = counts[n];
      if (c == 1) {
        nodeValues[n] = ImmutableList.of(value.apply(indices[at]));
      } else if (c > 1) {
        Object[] vs = new Object[c];
        for (int k = 0; k < c; k++) {
          vs[k] = value.apply(indices[at + k]);
        }
        nodeValues[n] = ImmutableList.copyOf(vs);
      }
      at += c;
      phrases += c > 0 ? 1 : 0;
    }
    phraseCount = phrases;
  }

  private static final String PACKED_TAG = "phrase-trie/1";

  /**
   * Reads a trie written by {@link #writeTo}; {@code value} maps each stored index back to its
   * value. The tables are read as they were built, so the trie matches exactly as the written one.
   */
  public static <V> PhraseTrie<V> read(PackedReader in, java.util.function.IntFunction<V> value) {
    return new PhraseTrie<>(in, value);
  }

  /**
   * Writes the trie's tables, each value as {@code index(value)}: the packed form that a build
   * step computes once so that loading skips normalising and hashing every phrase.
   */
  @SuppressWarnings("unchecked")
  public void writeTo(PackedWriter out, java.util.function.ToIntFunction<V> index) {
    out.writeTag(PACKED_TAG);
    out.writeBoolean(procliticTolerant);
    words.writeTo(out);
    out.writeLongs(edges.keys());
    out.writeInts(edges.targets());
    int[] counts = new int[nodeValues.length];
    List<Integer> indices = new java.util.ArrayList<>();
    for (int n = 0; n < nodeValues.length; n++) {
      if (nodeValues[n] != null) {
        for (V v : (List<V>) nodeValues[n]) {
          indices.add(index.applyAsInt(v));
          counts[n]++;
        }
      }
    }
    out.writeInts(counts);
    out.writeInts(indices.stream().mapToInt(Integer::intValue).toArray());
  }

  public static <V> Builder<V> builder() {
    return new Builder<>();
  }

  /** Number of distinct stored phrases (each split variant counts). */
  public int phraseCount() {
    return phraseCount;
  }

  /** The values stored under exactly this phrase (normalised, no proclitic tolerance). */
  public List<V> get(String phrase) {
    List<String> ws = PhraseWords.split(ArabicNormalizer.get().matchingForm(phrase), false);
    if (ws.isEmpty()) {
      return ImmutableList.of();
    }
    int node = ROOT;
    for (String w : ws) {
      int id = words.id(null, w, 0, w.length());
      node = id < 0 ? -1 : child(node, id);
      if (node < 0) {
        return ImmutableList.of();
      }
    }
    return values(node);
  }

  /** The longest phrase starting at token {@code start}, with proclitic tolerance. */
  public Optional<PhraseMatch<V>> matchAt(TokenSequence tokens, int start) {
    Objects.checkIndex(start, tokens.size());
    Probe probe = new Probe();
    return probe(tokens, start, probe) ? Optional.of(probe.toMatch(start)) : Optional.empty();
  }

  /** Longest matches, left to right, non-overlapping. */
  public List<PhraseMatch<V>> findAll(TokenSequence tokens) {
    ImmutableList.Builder<PhraseMatch<V>> out = ImmutableList.builder();
    Probe probe = new Probe();
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      if (probe(tokens, i, probe)) {
        out.add(probe.toMatch(i));
        i = probe.end;
      } else {
        i++;
      }
    }
    return out.build();
  }

  /** Scratch result of one probe; one per call, not per token. */
  private final class Probe {
    int end;
    int node;
    int stripped;

    @SuppressWarnings("unchecked")
    PhraseMatch<V> toMatch(int start) {
      return new PhraseMatch<>(start, end, stripped, (ImmutableList<V>) nodeValues[node]);
    }
  }

  private boolean probe(TokenSequence tokens, int start, Probe best) {
    CharSequence first = tokens.matchingForm(start);
    int len = first.length();
    best.end = -1;
    if (len == 0 || words.isEmpty()) {
      return false;
    }
    tryReading(tokens, start, first, len, "", best);
    int letter = first.charAt(0) - FIRST_LETTER;
    if (procliticTolerant && letter >= 0 && letter < READINGS_BY_LETTER.length) {
      for (String p : READINGS_BY_LETTER[letter]) {
        if (len - p.length() >= 2 && startsWith(first, p)) {
          tryReading(tokens, start, first, len, p, best);
        }
      }
    }
    return best.end > 0;
  }

  /** The readings of a first token {@code first} with proclitics {@code p} removed. */
  private void tryReading(TokenSequence tokens, int start, CharSequence first, int len, String p,
      Probe best) {
    int pl = p.length();
    // 1. the rest as is
    tryFirstWord(tokens, start, words.id(null, first, pl, len), pl, best);
    // 2. elided article after ل: ل + لرئيس → الرئيس
    if (pl > 0 && p.charAt(pl - 1) == 'ل' && len - pl >= 3 && first.charAt(pl) == 'ل') {
      tryFirstWord(tokens, start, words.id("ا", first, pl, len), pl, best);
    }
    // 3. the stored phrase lacks the article: بالسويداء → سويداء. Not for words ending in ي:
    // those are mostly nisba adjectives (المالي "financial" is not مالي "Mali").
    if (len - pl >= 4 && first.charAt(pl) == 'ا' && first.charAt(pl + 1) == 'ل'
        && first.charAt(len - 1) != 'ي') {
      tryFirstWord(tokens, start, words.id(null, first, pl + 2, len), pl, best);
    }
  }

  private void tryFirstWord(TokenSequence tokens, int start, int wordId, int stripped, Probe best) {
    if (wordId < 0) {
      return;
    }
    int node = child(ROOT, wordId);
    int lastEnd = -1;
    int lastNode = -1;
    int i = start;
    while (node >= 0) {
      i++;
      if (nodeValues[node] != null) {
        lastEnd = i;
        lastNode = node;
      }
      if (i >= tokens.size() || tokens.startsSentence(i)) {
        break;
      }
      CharSequence w = tokens.matchingForm(i);
      int id = words.id(null, w, 0, w.length());
      node = id < 0 ? -1 : child(node, id);
    }
    if (lastEnd > best.end) { // strictly longer: earlier readings strip less
      best.end = lastEnd;
      best.node = lastNode;
      best.stripped = stripped;
    }
  }

  private int child(int node, int wordId) {
    return edges.child(node, wordId);
  }

  @SuppressWarnings("unchecked")
  private ImmutableList<V> values(int node) {
    Object v = nodeValues[node];
    return v == null ? ImmutableList.of() : (ImmutableList<V>) v;
  }

  private static boolean startsWith(CharSequence s, String p) {
    for (int i = 0; i < p.length(); i++) {
      if (s.charAt(i) != p.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Collects phrases; not thread-safe. {@link #build()} may be called more than once. */
  public static final class Builder<V> {
    private final Map<String, Integer> wordIds = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    private final EdgeTable edges = EdgeTable.growing();
    private final Map<String, Words> partWords = new HashMap<>();
    /** Per node: null, the one value stored there, or {@link Several}. */
    private final List<Object> nodeValues = new ArrayList<>();
    private boolean procliticTolerant = true;
    private boolean compoundNames;

    private Builder() {
      nodeValues.add(null); // root
    }

    /**
     * Whether the first token may carry proclitics (default true). With false, the first token
     * is still tried without its article when the stored phrase lacks it, but never with
     * و/ف/ب/ل/ك removed: for lexicons whose entries already include their prepositions.
     */
    public Builder<V> procliticTolerant(boolean tolerant) {
      this.procliticTolerant = tolerant;
      return this;
    }

    /**
     * Whether each phrase is also stored with its compound names written the other way
     * ({@link CompoundNames}: عبد الله / عبدالله, أبو ظبي / أبوظبي); default false. For lexicons
     * of names.
     */
    public Builder<V> compoundNameVariants(boolean variants) {
      this.compoundNames = variants;
      return this;
    }

    /**
     * Stores {@code value} under {@code phrase} (any text: it is normalised and split here).
     * Returns false, storing nothing, when the phrase has no words.
     */
    public boolean add(String phrase, V value) {
      Objects.requireNonNull(value, "value");
      String form = ArabicNormalizer.get().matchingForm(phrase);
      List<String> whole = PhraseWords.split(form, false);
      if (whole.isEmpty()) {
        return false;
      }
      addPath(whole, value);
      if (compoundNames) {
        for (List<String> variant : CompoundNames.variants(whole)) {
          addPath(variant, value);
        }
      }
      if (PhraseWords.hasPunctuation(form)) { // else the split reading is the same words
        List<String> split = PhraseWords.split(form, true);
        if (!split.equals(whole) && !split.isEmpty()) {
          addPath(split, value);
        }
      }
      return true;
    }

    /**
     * As {@link #add(String, Object) add(String.join(" ", parts), value)}, with each distinct
     * part normalised and split once per builder: for lexicons generated as products of word
     * lists (role words × demonyms × country names), where the same parts recur thousands of
     * times. The matching form is computed char by char and a space separates words in both
     * readings, so the words of the joined phrase are the parts' words in sequence.
     */
    public boolean addJoined(V value, String... parts) {
      Objects.requireNonNull(value, "value");
      List<String> whole = new ArrayList<>();
      boolean splitDiffers = false;
      for (String part : parts) {
        Words w = partWords.computeIfAbsent(part, Words::of);
        whole.addAll(w.whole());
        splitDiffers |= w.split() != null;
      }
      if (whole.isEmpty()) {
        return false;
      }
      addPath(whole, value);
      if (splitDiffers) {
        List<String> split = new ArrayList<>();
        for (String part : parts) {
          Words w = partWords.get(part);
          split.addAll(w.split() != null ? w.split() : w.whole());
        }
        addPath(split, value);
      }
      return true;
    }

    /** A part's words as {@link #add} reads them; {@code split} null when it is {@code whole}. */
    private record Words(List<String> whole, List<String> split) {
      static Words of(String part) {
        String form = ArabicNormalizer.get().matchingForm(part);
        List<String> whole = PhraseWords.split(form, false);
        List<String> split = PhraseWords.hasPunctuation(form) ? PhraseWords.split(form, true) : whole;
        return new Words(whole, split.equals(whole) ? null : split);
      }
    }

    private void addPath(List<String> ws, V value) {
      int node = ROOT;
      for (String w : ws) {
        Integer id = wordIds.get(w);
        if (id == null) {
          id = words.size();
          words.add(w);
          wordIds.put(w, id);
        }
        int child = edges.childOrAdd(node, id, nodeValues.size());
        if (child == nodeValues.size()) {
          nodeValues.add(null); // a new node, with no values yet
        }
        node = child;
      }
      // Most phrases have one value: kept bare, it needs no hashing (a knowledge-base entity's
      // hash walks all its names and roles), and a set is made only for a second distinct one.
      Object vs = nodeValues.get(node);
      if (vs == null) {
        nodeValues.set(node, value);
      } else if (vs instanceof Several several) {
        several.values.add(value);
      } else if (!value.equals(vs)) {
        Several several = new Several();
        several.values.add(vs);
        several.values.add(value);
        nodeValues.set(node, several);
      }
    }

    /** Two or more distinct values of one phrase, in the order first added. */
    private static final class Several {
      final LinkedHashSet<Object> values = new LinkedHashSet<>();
    }

    public PhraseTrie<V> build() {
      return new PhraseTrie<>(this);
    }
  }
}
