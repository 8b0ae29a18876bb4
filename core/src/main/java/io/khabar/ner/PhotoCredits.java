package io.khabar.ner;

import io.khabar.kb.EntityType;
import io.khabar.token.AnalyzedText;
import java.util.List;

/**
 * A photo or wire credit: an organisation alone in parentheses at the end of a line, as in a
 * caption "… 13 مارس (أ.ف.ب)" or "(سانا)". It names who took the picture, not anyone in the
 * news, so it is not an entity. A place in the same position is a dateline and stays.
 * Stateless and thread-safe.
 */
final class PhotoCredits {

  private PhotoCredits() {}

  /** Removes the organisations that are credits from {@code accepted}. */
  static void remove(AnalyzedText text, List<Candidate> accepted) {
    accepted.removeIf(c -> c.type() == EntityType.ORGANIZATION && inCredit(text, c));
  }

  private static boolean inCredit(AnalyzedText text, Candidate c) {
    if (c.start() == 0 || c.end() >= text.size() || !text.form(c.start() - 1).equals("(")
        || !text.form(c.end()).equals(")")) {
      return false;
    }
    String t = text.text();
    for (int i = text.end(c.end()); i < t.length(); i++) {
      char ch = t.charAt(i);
      if (ch == '\n' || ch == '\r') {
        return true;
      }
      if (ch != ' ' && ch != '\t' && ch != '\u00A0') {
        return false;
      }
    }
    return true;
  }
}
