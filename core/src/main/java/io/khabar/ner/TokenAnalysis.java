package io.khabar.ner;

/**
 * What the token features of {@link ArabicFeatureGenerator} need to know about one token, made
 * by {@link TokenAnalyser}: its matching form, its stem (with proclitics and article), its cue
 * class ({@link CueWords}), its shape ({@link TokenShape}), its rarity bucket ({@link
 * WordFrequencies}, null without a table) and its word classes of form and stem ({@link
 * WordClusters}, null when unknown or without a table) and how it matched the name-token lexicon
 * ({@link NameTokenLexicon}: {@code "w"} as its form, {@code "s"} after its proclitics were cut,
 * null when not a name token or without a lexicon). It depends on the token only, so a
 * decoder keeps it with everything else it knows of a distinct token. The arrays are never
 * written.
 */
record TokenAnalysis(String form, Stem stem, CueWords.Cue cue, String shape, String fq,
    short[] cl, short[] cs, String nt) {}
