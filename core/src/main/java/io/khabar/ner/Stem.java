package io.khabar.ner;

/**
 * A token's matching form split into attached proclitics and the remaining stem; {@code
 * proclitics + stem} equals the form. {@code definite} is true when the proclitics end in the
 * article (ال, or the ل of لل after ل+ال contraction).
 */
public record Stem(String proclitics, String stem, boolean definite) {

  public static Stem bare(String form) {
    return new Stem("", form, false);
  }
}
