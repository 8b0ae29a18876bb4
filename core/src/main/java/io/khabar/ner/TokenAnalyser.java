package io.khabar.ner;

import io.khabar.text.ArabicNormalizer;

/**
 * Analyses one token for {@link ArabicFeatureGenerator} ({@link TokenAnalysis}): normalises it to
 * its matching form, cuts the stem, and looks up its cue class, rarity and word classes.
 *
 * <p>A cue word is looked up as the stem, then as the whole form, then, for a form of four or
 * more chars beginning with a proclitic letter, without that letter (وأسامة، لمحمد: cue words
 * are long enough for this to be safe). A token of only harakat, tatweel or marks has the form
 * "_". Word classes of the stem use the class table's own stemmer, the one its classes were
 * learnt with. Immutable and thread-safe.
 */
final class TokenAnalyser {

  private final ArabicNormalizer normalizer = ArabicNormalizer.get();
  private final StemFunction stemFunction;
  private final WordFrequencies frequencies; // null: no rarity
  private final WordClusters classes; // null: no word classes
  private final StemFunction classStemmer; // null: no stem classes
  private final NameTokenLexicon nameTokens; // null: no name-token look-up

  /**
   * @param frequencies training-text counts, or null for none
   * @param classes the word-class table, or null for none
   * @param classStemmer the stemmer of the stem classes, or null for none
   * @param nameTokens the name-token lexicon, or null for none
   */
  TokenAnalyser(StemFunction stemFunction, WordFrequencies frequencies, WordClusters classes,
      StemFunction classStemmer, NameTokenLexicon nameTokens) {
    this.stemFunction = stemFunction;
    this.frequencies = frequencies;
    this.classes = classes;
    this.classStemmer = classStemmer;
    this.nameTokens = nameTokens;
  }

  /** The analysis of {@code token}; null is analysed as the empty token. */
  TokenAnalysis analyse(String token) {
    String t = token == null ? "" : token;
    String f = normalizer.matchingForm(t);
    if (f.isEmpty()) {
      f = "_"; // a token of only harakat/tatweel/marks still needs a value
    }
    Stem st = stemFunction.split(f);
    if (st == null || st.stem().isEmpty()) {
      st = Stem.bare(f);
    }
    CueWords.Cue c = CueWords.of(st.stem());
    if (c == null) {
      c = CueWords.of(f);
    }
    if (c == null && f.length() >= 4 && ProcliticStripper.isProcliticLetter(f.charAt(0))) {
      c = CueWords.of(f.substring(1)); // وأسامة، لمحمد: cue words are long enough to be safe
    }
    short[] cl = null;
    short[] cs = null;
    if (classes != null) {
      cl = classes.ofForm(f);
      if (classStemmer != null) {
        Stem cut = classStemmer.split(f);
        cs = classes.ofStem(cut == null || cut.stem().isEmpty() ? f : cut.stem());
      }
    }
    return new TokenAnalysis(f, st, c, TokenShape.of(t),
        frequencies == null ? null : frequencies.bucket(f), cl, cs, nameToken(f, st));
  }

  /**
   * How the form matches the name-token lexicon: "w" as it stands, "s" as its stem or, for a
   * form of four or more chars beginning with a proclitic letter, without that letter (وهوكينغ،
   * لستيفن: a proclitic never belongs to a foreign name, and the stemmer may not cut it from a
   * word it does not know); null when it does not.
   */
  private String nameToken(String form, Stem st) {
    if (nameTokens == null) {
      return null;
    }
    if (nameTokens.contains(form)) {
      return "w";
    }
    if (!st.stem().equals(form) && nameTokens.contains(st.stem())) {
      return "s";
    }
    if (form.length() >= 4 && ProcliticStripper.isProcliticLetter(form.charAt(0))
        && nameTokens.contains(form.substring(1))) {
      return "s";
    }
    return null;
  }
}
