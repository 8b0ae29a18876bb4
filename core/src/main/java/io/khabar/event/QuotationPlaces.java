package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.Optional;

/**
 * Where an attack told inside a quotation happened, when the reporter adds it right after the
 * quotation closes (قال التلفزيون إن القوات كانت "تستهدف مواقع للتنظيم"، في ضواحي السويداء):
 * the place phrase continues the quoted clause, whose own words end before it. The phrase is في
 * (or بـ on its first noun) with at most a few nouns of direction or of place units before the
 * name (في ضواحي، في ريف، بمدينة); anything else after the quotation (في مؤتمر صحفي، في بيان)
 * tells the setting of the saying, not of the attack. A quotation opened after a colon is direct
 * speech standing for itself (قال: "قصفنا مواقعهم" في دمشق): a place after it is where it was said.
 */
final class QuotationPlaces {

  /** Nouns of direction or place between في and the name: في الضواحي الشرقية لمدينة حلب. */
  private static final int NOUN_REACH = 3;

  private final Cues cues;

  QuotationPlaces(Cues cues) {
    this.cues = cues;
  }

  Optional<Integer> after(AnalyzedText text, EntityLayer layer, Found f, Clause c) {
    if (f.trigger().type() != EventType.ATTACK
        || !Tokens.insideQuotation(text, c.sentenceStart(), f.start())) {
      return Optional.empty();
    }
    int open = f.start() - 1;
    while (open > c.sentenceStart() && !Tokens.isQuote(text.form(open))) {
      open--;
    }
    if (open <= c.sentenceStart() || text.form(open - 1).equals(":")) {
      return Optional.empty(); // قال: "قصفنا مواقعهم" في دمشق: where he said it
    }
    int close = f.end();
    while (close < c.sentenceEnd() && !Tokens.isQuote(text.form(close))) {
      if (Tokens.isBreak(text, close)) {
        return Optional.empty();
      }
      close++;
    }
    int i = close + 1;
    if (i < c.sentenceEnd() && Tokens.isComma(text.form(i))) {
      i++;
    }
    if (i >= c.sentenceEnd()) {
      return Optional.empty();
    }
    String w = text.form(i);
    boolean in = w.equals("في");
    if (!in && !(w.length() > 3 && w.charAt(0) == 'ب' && placeNoun(w.substring(1)))) {
      return Optional.empty();
    }
    for (int j = in ? i + 1 : i; j < Math.min(c.sentenceEnd(), i + 1 + NOUN_REACH); j++) {
      int e = layer.entityAt(j);
      if (e >= 0) {
        return EntityKinds.isPlace(layer, e) ? Optional.of(e) : Optional.empty();
      }
      String n = text.form(j);
      if (!text.isWord(j) || !placeNoun(n) && !placeNoun(Tokens.withoutArticle(n))
          && !(j == i && !in)) {
        return Optional.empty(); // في مؤتمر صحفي: the setting of the saying
      }
    }
    return Optional.empty();
  }

  private boolean placeNoun(String w) {
    return cues.locativeNouns.contains(w) || cues.placeNouns.contains(w)
        || w.startsWith("ل") && cues.placeNouns.contains(w.substring(1)); // الشرقية لمدينة
  }
}
