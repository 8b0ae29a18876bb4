package io.khabar.kb;

import com.google.common.collect.ImmutableMap;
import io.khabar.text.ArabicNormalizer;
import io.khabar.text.WordListResource;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The names of the Latin letters as Arabic news spells them in acronyms (سي.بي.إس is CBS,
 * إن.بي.سي NBC), from {@value #RESOURCE}. A spelling shared by two letters (بي: B and P) reads as
 * the one listed first. Immutable and thread-safe.
 */
public final class LatinLetterNames {

  public static final String RESOURCE = "/io/khabar/kb/latin-letter-names.txt";

  private static final ImmutableMap<String, Character> LETTERS = read();

  private LatinLetterNames() {}

  /** Whether {@code form} (matching form) spells a Latin letter's name. */
  public static boolean isLetterName(String form) {
    return LETTERS.containsKey(form);
  }

  /** The letter {@code form} (matching form) spells, if it spells one. */
  public static Optional<Character> letter(String form) {
    return Optional.ofNullable(LETTERS.get(form));
  }

  /**
   * The Latin acronym a word of dot-joined letter names spells (سي.بي.إس → CBS), if every part
   * is a letter name and there are at least two.
   */
  public static Optional<String> acronym(String word) {
    String[] parts = word.split("\\.");
    if (parts.length < 2) {
      return Optional.empty();
    }
    StringBuilder b = new StringBuilder(parts.length);
    ArabicNormalizer n = ArabicNormalizer.get();
    for (String p : parts) {
      Character c = LETTERS.get(n.matchingForm(p));
      if (c == null) {
        return Optional.empty();
      }
      b.append(c.charValue());
    }
    return Optional.of(b.toString());
  }

  private static ImmutableMap<String, Character> read() {
    ArabicNormalizer n = ArabicNormalizer.get();
    Map<String, Character> out = new HashMap<>();
    for (String[] f : WordListResource.rows(LatinLetterNames.class, RESOURCE)) {
      if (f.length < 2 || f[0].length() != 1) {
        throw new IllegalStateException(RESOURCE + ": not LETTER SPELLING…: " + String.join(" ", f));
      }
      for (int k = 1; k < f.length; k++) {
        out.putIfAbsent(n.matchingForm(f[k]), f[0].charAt(0));
      }
    }
    return ImmutableMap.copyOf(out);
  }
}
