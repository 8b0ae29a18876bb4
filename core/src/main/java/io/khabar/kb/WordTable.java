package io.khabar.kb;

import io.khabar.pack.PackedReader;
import io.khabar.pack.PackedWriter;
import java.util.List;

/**
 * The interned words of a {@link PhraseTrie}: each distinct word has an id (its index in the list
 * it was built from), found by {@link #id} from a char range without making a string.
 *
 * <p>Layout: an open-addressing table probed on char ranges ({@code CharSequence} + offsets, with
 * an optional one-char prefix for an article the trie restores). The knowledge base's tables are
 * larger than the processor's caches and every token is probed against several tries, so the
 * table is laid out for few memory reads: the slots' hashes are an int array of their own (a word
 * absent from the table reads one slot hash, most often an empty one), and the slot's other ints
 * hold the word's id and where its chars are in one shared array (a present word then reads its
 * chars, not also a hash array and a char array object). The probe allocates nothing. Instances
 * are immutable and thread-safe.
 */
final class WordTable {

  /** Ints per slot in {@link #wordSlots}: word id, start in {@link #wordChars}, length. */
  private static final int WORD_SLOT = 3;

  private final int wordCount;
  private final char[] wordChars; // every word's chars, in id order
  private final int[] slotHashes; // per slot: the word's hash + 1, 0 = empty
  private final int[] wordSlots; // WORD_SLOT ints per slot
  private final int wordMask;

  private WordTable(char[][] words, int[] idSlots, int[] wordHashes) {
    wordCount = words.length;
    wordMask = idSlots.length - 1;
    wordChars = concat(words);
    slotHashes = slotHashes(idSlots, wordHashes);
    wordSlots = wordSlots(idSlots, words);
  }

  /** The table of {@code words}, each word's id its index in the list. */
  static WordTable of(List<String> words) {
    int n = words.size();
    char[][] chars = new char[n][];
    int[] hashes = new int[n];
    int[] idSlots = new int[EdgeTable.tableSize(n)];
    int mask = idSlots.length - 1;
    for (int id = 0; id < n; id++) {
      char[] w = words.get(id).toCharArray();
      chars[id] = w;
      int h = PhraseWords.hash(w);
      hashes[id] = h;
      int slot = h & mask;
      while (idSlots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      idSlots[slot] = id + 1;
    }
    return new WordTable(chars, idSlots, hashes);
  }

  /** The table as {@link #writeTo} wrote it, slots exactly as they were. */
  static WordTable read(PackedReader in) {
    char[][] words = in.readCharArrays();
    int[] idSlots = in.readInts();
    int[] wordHashes = in.readInts();
    return new WordTable(words, idSlots, wordHashes);
  }

  /** Writes the words, the slots' ids and the words' hashes, as {@link #read} reads them. */
  void writeTo(PackedWriter out) {
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
  }

  boolean isEmpty() {
    return wordCount == 0;
  }

  /** Id of the word {@code prefix + s[from, to)}, or -1. {@code prefix} is null or one char. */
  int id(String prefix, CharSequence s, int from, int to) {
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
}
