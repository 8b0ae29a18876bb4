package io.khabar.ner;

import io.khabar.kb.KnowledgeBase;
import io.khabar.token.AnalyzedText;
import java.util.List;
import java.util.Optional;

/**
 * A body's name is a noun phrase of Arabic grammar: a head noun of a body ({@link BodyHeads}:
 * وزارة، شركة، نادي، مجلس، بنك …) and what follows it. The steps, each with its rule in its
 * class: a known body followed by its field is another body ({@link KnownBodyFields}: الاتحاد
 * الأوروبي لكرة القدم); a definite head names a body only through its adjectives or field
 * ({@link DefiniteBodyPhrases}: النيابة العامة، الهيئة العامة للرياضة; الشرطة البريطانية
 * describes one); quoted words after a head are its name ({@link HeadQuotedNames}: شركة
 * "إيني"); an indefinite head in the construct state names a body with its genitive ({@link
 * ConstructBodyPhrases}, {@link BodyGenitives}: وزارة الصحة، شركة أبل). A head the knowledge
 * base's match covers is left to it. The words they read are in {@link BodyPhraseWords}.
 * Immutable and thread-safe.
 */
final class BodyPhrases {

  static final double SCORE = 0.8;

  private final NameWords words;
  private final KnownBodyFields knownFields;
  private final DefiniteBodyPhrases definite;
  private final HeadQuotedNames quoted;
  private final ConstructBodyPhrases construct;

  BodyPhrases(KnowledgeBase kb, NameWords words) {
    BodyPhraseWords w = new BodyPhraseWords(kb, words);
    FieldComplements fields = new FieldComplements(w);
    this.words = words;
    this.knownFields = new KnownBodyFields(fields);
    this.definite = new DefiniteBodyPhrases(w, fields);
    this.quoted = new HeadQuotedNames(w);
    this.construct = new ConstructBodyPhrases(w, new BodyGenitives(w), fields);
  }

  /** Adds the bodies' noun phrases of {@code text} to {@code candidates}. */
  void add(AnalyzedText text, List<Candidate> candidates) {
    int n = text.size();
    BodyPhraseWords.Marks marks = BodyPhraseWords.Marks.of(n, candidates);
    boolean[] covered = marks.covered();
    knownFields.add(text, candidates, candidates.size(), covered);
    for (int i = 0; i < n; i++) {
      if (!text.isWord(i) || covered[i]) {
        continue;
      }
      int proclitics = words.procliticChars(text, i);
      String form = text.form(i);
      String head = form.substring(Math.min(proclitics, form.length()));
      boolean isDefinite = head.startsWith("ال");
      Optional<BodyHeads.Kind> kind = BodyHeads.kind(isDefinite ? head.substring(2) : head);
      if (kind.isEmpty()) {
        continue;
      }
      boolean inTitle = BodyPhraseWords.afterTitleNoun(text, i);
      if (isDefinite) {
        i = definite.read(text, i, proclitics, kind.get(), inTitle, covered, candidates);
        continue;
      }
      if (kind.get() == BodyHeads.Kind.QUOTED) {
        continue;
      }
      int close = quoted.read(text, i, kind.get(), marks, candidates);
      if (close >= 0) {
        i = close;
        continue;
      }
      i = construct.read(text, i, proclitics, kind.get(), inTitle, marks, candidates);
    }
  }
}
