package io.khabar.kb;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The key under which the Arabic spellings of one foreign name coincide: Arabic news writes a
 * foreign name's sounds with letters that vary by outlet and country, and a gazetteer or lexicon
 * lists one spelling only. The key, of a matching form ({@link io.khabar.text.ArabicNormalizer},
 * which already folds the hamza alefs, ى and ة), also folds
 * <ul>
 *   <li>the hamza seats: ئ as ي, ؤ as و, a bare ء left out (الشاطئ، الشاطيء);
 *   <li>the letters written for a foreign g: ج، غ، ك and the Persian گ (إنجلترا، إنكلترا; هوكينغ،
 *       هوكينج), with خ, which Arabic writes for the Spanish j and g (خوان، جوان);
 *   <li>the Persian letters for v and p, ڤ as ف and پ as ب.
 * </ul>
 * The key is looser than a spelling, so it is only a fallback: a lookup tries the exact form
 * first, and a key that two different names share names neither. Thread-safe (stateless).
 */
final class SpellingVariants {

  private SpellingVariants() {}

  /** The variant key of {@code matchingForm} (one word or several). */
  static String key(String matchingForm) {
    StringBuilder b = new StringBuilder(matchingForm.length());
    for (int i = 0; i < matchingForm.length(); i++) {
      char c = matchingForm.charAt(i);
      switch (c) {
        case 'ئ' -> b.append('ي');
        case 'ؤ' -> b.append('و');
        case 'ء' -> { }
        case 'ج', 'غ', 'خ', 'گ' -> b.append('ك');
        case 'ڤ' -> b.append('ف');
        case 'پ' -> b.append('ب');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The fallback table of {@code exact}: each variant key with the value its spellings share. A
   * key whose spellings have different values (a name and another's) is left out, and so are
   * empty values.
   */
  static Map<String, String> table(Map<String, String> exact) {
    Map<String, String> out = new HashMap<>(2 * exact.size());
    Set<String> ambiguous = new HashSet<>();
    exact.forEach((spelling, value) -> {
      if (value.isEmpty()) {
        return;
      }
      String before = out.putIfAbsent(key(spelling), value);
      if (before != null && !before.equals(value)) {
        ambiguous.add(key(spelling));
      }
    });
    out.keySet().removeAll(ambiguous);
    return out;
  }
}
