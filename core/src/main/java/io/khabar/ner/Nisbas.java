package io.khabar.ner;

/**
 * The shape of a definite nisba adjective in matching form (ة spelt ه): the article, a stem of
 * at least two letters and the suffix ي (masculine: الإيطالي، الجنوبي) or يه (feminine:
 * السعودية). An adjective of relation agrees with the noun it follows, so its gender tells which
 * noun that is (روما الإيطالي: the club, not the feminine city).
 */
final class Nisbas {

  private Nisbas() {}

  /** ال…ي: a masculine definite nisba. */
  static boolean isMasculine(String form) {
    return form.length() >= 5 && form.startsWith("ال") && form.endsWith("ي");
  }

  /** ال…ي or ال…يه: a definite nisba of either gender. */
  static boolean isDefinite(String form) {
    return form.length() >= 5 && form.startsWith("ال")
        && (form.endsWith("ي") || form.endsWith("يه"));
  }
}
