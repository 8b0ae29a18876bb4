package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.token.AnalyzedText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A name a body's phrase gives is the body's wherever the name finder reads it alone in the
 * same document: the rule on {@link #apply}.
 */
final class BodyNameAgreement {

  private BodyNameAgreement() {}

  /**
   * A name a body's phrase gives is the body's wherever the name finder reads it alone in the
   * same document: after «شركة بريكين» or «مجموعة كرو», «قالت بريكين» is the company, not a
   * person. The name finder's unknown people and places whose words are the name of such a
   * phrase (all of them, or those after a head that names a body only with a proper name:
   * مجموعة كرو) become that organisation; the names the phrases gave are first repeated
   * ({@link RepeatedBodyNames}).
   */
  static void apply(AnalyzedText text, List<Candidate> accepted) {
    Set<String> bodies = new HashSet<>();
    for (Candidate c : accepted) {
      if (c.source() == Candidate.Source.PHRASE && c.type() == EntityType.ORGANIZATION) {
        bodies.add(words(text, c.start(), c.end(), c.stripped()));
        String first = c.firstWord(text);
        if (c.length() > 1 && BodyHeads.kind(first).orElse(null) == BodyHeads.Kind.NAMED) {
          // مجموعة كرو; منتخب الأوروغواي leaves الأوروغواي the country
          bodies.add(words(text, c.start() + 1, c.end(), 0));
        }
      }
    }
    if (bodies.isEmpty()) {
      return;
    }
    RepeatedBodyNames.addTo(text, accepted);
    for (int k = 0; k < accepted.size(); k++) {
      Candidate c = accepted.get(k);
      if (c.source() == Candidate.Source.MODEL && c.type() != EntityType.ORGANIZATION
          && c.entities().isEmpty() && bodies.contains(words(text, c.start(), c.end(),
              c.stripped()))) {
        accepted.set(k, c.withEntities(ImmutableList.of(), EntityType.ORGANIZATION));
      }
    }
  }

  private static String words(AnalyzedText text, int from, int to, int stripped) {
    StringBuilder sb = new StringBuilder();
    for (int t = from; t < to; t++) {
      String f = text.form(t);
      sb.append(t == from ? f.substring(Math.min(stripped, f.length())) : f).append(' ');
    }
    return sb.toString();
  }
}
