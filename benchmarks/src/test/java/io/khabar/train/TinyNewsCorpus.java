package io.khabar.train;

import io.khabar.testdata.conll.TaggedSentence;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Three tagged news sentences and the library's feature descriptor: enough to train a name
 * finder in a test in well under a second (trainer, augmentation and pruning tests).
 */
final class TinyNewsCorpus {

  /** A descriptor with khabar's Arabic feature generator and nothing else. */
  static final byte[] DESCRIPTOR = """
      <featureGenerators name="nameFinder">
        <generator class="io.khabar.ner.ArabicFeatureGeneratorFactory"/>
      </featureGenerators>
      """.getBytes(StandardCharsets.UTF_8);

  /** A visit, an arrival and a ministry's statement, tagged in BIO. */
  static final List<TaggedSentence> NEWS = List.of(
      TaggedSentence.of(List.of("زار", "سمير", "حداد", "طرابلس", "أمس"),
          List.of("O", "B-PERS", "I-PERS", "B-LOC", "O")),
      TaggedSentence.of(List.of("وصل", "ناصر", "العلي", "إلى", "صيدا"),
          List.of("O", "B-PERS", "I-PERS", "O", "B-LOC")),
      TaggedSentence.of(List.of("قالت", "وزارة", "الصحة", "في", "حلب"),
          List.of("O", "B-ORG", "I-ORG", "O", "B-LOC")));

  private TinyNewsCorpus() {}
}
