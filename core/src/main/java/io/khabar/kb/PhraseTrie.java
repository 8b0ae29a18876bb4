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
 * <p>Implementation: words are interned to ids in an open-addressing table probed on char ranges
 * ({@code CharSequence} + offsets, an optional one-char prefix for the restored article), and
 * edges are a second open-addressing table keyed by {@code (node, word)} packed in a long. The
 * knowledge base's tables are larger than the processor's caches and every token is probed
 * against several tries, so the word table is laid out for few memory reads: the slots' hashes
 * are an int array of their own (a word absent from the trie reads one slot hash, most often an
 * empty one), and the slot's other ints hold the word's id and where its chars are in one shared
 * array (a present word then reads its chars, not also a hash array and a char array object). The proclitic readings tried are
 * those beginning with the token's first letter (most words begin with none of و ف ب ل ك).
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

  /** Ints per word slot in {@link #wordSlots}: word id, start in {@link #wordChars}, length. */
  private static final int WORD_SLOT = 3;

  private static final int ROOT = 0;

  private final int wordCount;
  private final char[] wordChars; // every word's chars, in id order
  private final int[] slotHashes; // per word slot: the word's hash + 1, 0 = empty
  private final int[] wordSlots; // WORD_SLOT ints per slot
  private final int wordMask;
  private final EdgeTable edges;
  private final Object[] nodeValues; // ImmutableList<V> or null
  private final int phraseCount;
  private final boolean procliticTolerant;

  private PhraseTrie(Builder<V> b) {
    procliticTolerant = b.procliticTolerant;
    int nWords = b.words.size();
    char[][] words = new char[nWords][];
    int[] wordHashes = new int[nWords];
    int[] idSlots = new int[EdgeTable.tableSize(nWords)];
    int idMask = idSlots.length - 1;
    for (int id = 0; id < nWords; id++) {
      char[] w = b.words.get(id).toCharArray();
      words[id] = w;
      int h = PhraseWords.hash(w);
      wordHashes[id] = h;
      int slot = h & idMask;
      while (idSlots[slot] != 0) {
        slot = (slot + 1) & idMask;
      }
      idSlots[slot] = id + 1;
    }
    wordCount = nWords;
    wordMask = idMask;
    wordChars = concat(words);
    slotHashes = slotHashes(idSlots, wordHashes);
    wordSlots = wordSlots(idSlots, words);
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
    char[][] words = in.readCharArrays();
    int[] idSlots = in.readInts();
    int[] wordHashes = in.readInts();
    wordCount = words.length;
    wordMask = idSlots.length - 1;
    wordChars = concat(words);
    slotHashes = slotHashes(idSlots, wordHashes);
    wordSlots = wordSlots(idSlots, words);
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

  private static char[] concat(char[][] words) {
    int total = 0;
    for (char[] w : words) {
      total += w.length;
    }
    char[] out = new char[total];
    int at = 0;
    for (char[] w : words) {
      System.arraycopy(w, 0, out, at, w.length);
      at += w.length;
    }
    return out;
  }

  /** Per slot of {@code idSlots} (word id + 1, 0 = empty), its word's hash + 1, or 0. */
  private static int[] slotHashes(int[] idSlots, int[] hashes) {
    int[] out = new int[idSlots.length];
    for (int slot = 0; slot < idSlots.length; slot++) {
      int id = idSlots[slot] - 1;
      if (id >= 0) {
        out[slot] = hashes[id] + 1; // hashes are non-negative: never 0
      }
    }
    return out;
  }

  /** Per slot of {@code idSlots}, its word's id and where its chars are in {@link #concat}. */
  private static int[] wordSlots(int[] idSlots, char[][] words) {
    int[] start = new int[words.length];
    for (int id = 1; id < words.length; id++) {
      start[id] = start[id - 1] + words[id - 1].length;
    }
    int[] out = new int[WORD_SLOT * idSlots.length];
    for (int slot = 0; slot < idSlots.length; slot++) {
      int id = idSlots[slot] - 1;
      if (id >= 0) {
        out[WORD_SLOT * slot] = id;
        out[WORD_SLOT * slot + 1] = start[id];
        out[WORD_SLOT * slot + 2] = words[id].length;
      }
    }
    return out;
  }

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
    String[] ws = new String[wordCount];
    int[] idSlots = new int[wordMask + 1];
    int[] wordHashes = new int[wordCount];
    for (int slot = 0; slot <= wordMask; slot++) {
      int at = WORD_SLOT * slot;
      if (slotHashes[slot] != 0) {
        int id = wordSlots[at];
        idSlots[slot] = id + 1;
        wordHashes[id] = slotHashes[slot] - 1;
        ws[id] = new String(wordChars, wordSlots[at + 1], wordSlots[at + 2]);
      }
    }
    out.writeStrings(List.of(ws));
    out.writeInts(idSlots);
    out.writeInts(wordHashes);
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
      int id = wordId(null, w, 0, w.length());
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
    if (len == 0 || wordCount == 0) {
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
    tryFirstWord(tokens, start, wordId(null, first, pl, len), pl, best);
    // 2. elided article after ل: ل + لرئيس → الرئيس
    if (pl > 0 && p.charAt(pl - 1) == 'ل' && len - pl >= 3 && first.charAt(pl) == 'ل') {
      tryFirstWord(tokens, start, wordId("ا", first, pl, len), pl, best);
    }
    // 3. the stored phrase lacks the article: بالسويداء → سويداء. Not for words ending in ي:
    // those are mostly nisba adjectives (المالي "financial" is not مالي "Mali").
    if (len - pl >= 4 && first.charAt(pl) == 'ا' && first.charAt(pl + 1) == 'ل'
        && first.charAt(len - 1) != 'ي') {
      tryFirstWord(tokens, start, wordId(null, first, pl + 2, len), pl, best);
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
      int id = wordId(null, w, 0, w.length());
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

  /** Id of the word {@code prefix + s[from, to)}, or -1. {@code prefix} is null or one char. */
  private int wordId(String prefix, CharSequence s, int from, int to) {
    int plen = prefix == null ? 0 : prefix.length();
    int wlen = plen + to - from;
    if (wlen == 0) {
      return -1;
    }
    int h = 0;
    if (plen == 0 && from == 0 && s instanceof String whole && to == whole.length()) {
      h = whole.hashCode(); // the same sum, cached by the String: probed by several tries
    } else {
      for (int i = 0; i < plen; i++) {
        h = 31 * h + prefix.charAt(i);
      }
      for (int i = from; i < to; i++) {
        h = 31 * h + s.charAt(i);
      }
    }
    h = PhraseWords.finish(h);
    int stored = h + 1;
    int slot = h & wordMask;
    while (true) {
      int sh = slotHashes[slot];
      if (sh == 0) {
        return -1;
      }
      int at = WORD_SLOT * slot;
      if (sh == stored && wordSlots[at + 2] == wlen
          && equalsWord(wordSlots[at + 1], prefix, plen, s, from, to)) {
        return wordSlots[at];
      }
      slot = (slot + 1) & wordMask;
    }
  }

  /** Whether the stored chars from {@code w} are {@code prefix + s[from, to)} (lengths equal). */
  private boolean equalsWord(int w, String prefix, int plen, CharSequence s, int from, int to) {
    char[] chars = wordChars;
    for (int i = 0; i < plen; i++) {
      if (chars[w + i] != prefix.charAt(i)) {
        return false;
      }
    }
    for (int i = from, j = w + plen; i < to; i++, j++) {
      if (chars[j] != s.charAt(i)) {
        return false;
      }
    }
    return true;
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
