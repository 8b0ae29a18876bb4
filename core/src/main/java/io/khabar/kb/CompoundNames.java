package io.khabar.kb;

import java.util.ArrayList;
import java.util.List;

/**
 * The other spelling of a phrase's compound names: Arabic writes a compound given or family name
 * as one word or as two, and news uses both for the same person or place (عبد الله / عبدالله،
 * نصر الله / نصرالله، نور الدين / نورالدين، أبو الغيط / أبوالغيط، أبو ظبي / أبوظبي). A name written
 * one way in the knowledge base must match the other in the text.
 *
 * <p>A compound is a pair of words that is either a servant or father name, عبد or أبو followed
 * by any word (عبد الفتاح، أبو مازن), or a word followed by الله or الدين (خير الله، صلاح الدين).
 * Words are in matching form ({@link io.khabar.text.ArabicNormalizer#matchingForm}, so أبو is
 * ابو). Joining two words needs nothing more; splitting one needs at least two letters before
 * الله/الدين (and no article before them) and three after عبد/ابو, so that a proclitic
 * (والله، بالله) or an ordinary word (ابواب، عبده، الوالدين) is never read as a compound.
 * Stateless.
 */
public final class CompoundNames {

  private static final String SERVANT = "عبد";
  private static final String FATHER = "ابو";
  private static final String GOD = "الله";
  private static final String RELIGION = "الدين";

  private CompoundNames() {}

  /**
   * The phrase with every compound written the other way, or an empty list when it has no
   * compound. At most two variants: all pairs joined, all joined words split.
   */
  public static List<List<String>> variants(List<String> words) {
    List<String> joined = joined(words);
    List<String> split = split(words);
    if (joined == null && split == null) {
      return List.of();
    }
    List<List<String>> out = new ArrayList<>(2);
    if (joined != null) {
      out.add(joined);
    }
    if (split != null) {
      out.add(split);
    }
    return out;
  }

  /** Whether the two words are one compound name written apart. */
  static boolean joins(String first, String second) {
    if (first.isEmpty() || second.isEmpty()) {
      return false;
    }
    if (second.equals(SERVANT) || second.equals(FATHER)) {
      return false; // ابو عبد الله: the servant name is the compound
    }
    return first.equals(SERVANT) || first.equals(FATHER) || second.equals(GOD)
        || second.equals(RELIGION);
  }

  /** Where a word written as one compound splits, or −1 when it is not one. */
  static int splitPoint(String word) {
    if ((word.startsWith(SERVANT) || word.startsWith(FATHER)) && word.length() >= 3 + 3) {
      return 3;
    }
    for (String tail : new String[] {GOD, RELIGION}) {
      if (word.endsWith(tail) && word.length() >= tail.length() + 2 && !word.startsWith("ال")) {
        return word.length() - tail.length();
      }
    }
    return -1;
  }

  private static List<String> joined(List<String> words) {
    List<String> out = null;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (i + 1 < words.size() && joins(w, words.get(i + 1))) {
        if (out == null) {
          out = new ArrayList<>(words.subList(0, i));
        }
        out.add(w + words.get(i + 1));
        i++;
      } else if (out != null) {
        out.add(w);
      }
    }
    return out;
  }

  private static List<String> split(List<String> words) {
    List<String> out = null;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      int at = splitPoint(w);
      if (at > 0) {
        if (out == null) {
          out = new ArrayList<>(words.subList(0, i));
        }
        out.add(w.substring(0, at));
        out.add(w.substring(at));
      } else if (out != null) {
        out.add(w);
      }
    }
    return out;
  }
}
