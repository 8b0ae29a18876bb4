package io.khabar.kb;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The keys under which the Arabic spellings of one foreign name coincide: Arabic news writes a
 * foreign name's sounds with letters that vary by outlet and country, and a gazetteer or lexicon
 * lists one spelling only. The {@linkplain #key key of a word}, of its matching form ({@link
 * io.khabar.text.ArabicNormalizer}, which already folds the hamza alefs, ى and ة), also folds
 * <ul>
 *   <li>the hamza seats ئ as ي and ؤ as و (رافائيل، رافاييل);
 *   <li>the letters written for a foreign g, ج، غ and the Persian گ (سيرجيو، سيرغيو; هوكينغ،
 *       هوكينج), with خ, which Arabic writes for the Spanish j and g (خوردي، جوردي; سيرخيو);
 *   <li>the Persian letters for v and p, ڤ as ف and پ as ب.
 * </ul>
 * ك is not folded with them in a word's key: it is the letter of every k, and a word looked up
 * by itself (كوركر, جنوب) would take a g-name's spelling. A {@linkplain #placeKey place's key}
 * folds ك too, as the g of إنكلترا (إنجلترا), because a whole place name of a gazetteer is a far
 * narrower match than a word. Keys are looser than spellings, so they are only a fallback: a
 * lookup tries the exact form first, and a key that two different names share names neither.
 * Thread-safe (stateless).
 */
final class SpellingVariants {

  private SpellingVariants() {}

  /** The variant key of a word's matching form. */
  static String key(String matchingForm) {
    return fold(matchingForm, false);
  }

  /** The variant key of a place's key ({@link PlaceNames#key}): also ك as a g. */
  static String placeKey(String placeKey) {
    return fold(placeKey, true);
  }

  private static String fold(String form, boolean kafIsG) {
    StringBuilder b = new StringBuilder(form.length());
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      switch (c) {
        case 'ئ' -> b.append('ي');
        case 'ؤ' -> b.append('و');
        case 'ج', 'خ', 'گ' -> b.append('غ');
        case 'ك' -> b.append(kafIsG ? 'غ' : 'ك');
        case 'ڤ' -> b.append('ف');
        case 'پ' -> b.append('ب');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The fallback table of {@code exact}: each {@code key} with the value its spellings share. A
   * key whose spellings have different values (a name and another's) is left out, and so are
   * empty values.
   */
  static Map<String, String> table(Map<String, String> exact, UnaryOperator<String> key) {
    Map<String, String> out = new HashMap<>(2 * exact.size());
    Set<String> ambiguous = new HashSet<>();
    exact.forEach((spelling, value) -> {
      if (value.isEmpty()) {
        return;
      }
      String k = key.apply(spelling);
      String before = out.putIfAbsent(k, value);
      if (before != null && !before.equals(value)) {
        ambiguous.add(k);
      }
    });
    out.keySet().removeAll(ambiguous);
    return out;
  }
}
