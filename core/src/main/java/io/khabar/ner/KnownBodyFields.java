package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.token.AnalyzedText;
import java.util.List;
import java.util.Objects;

/**
 * A body the knowledge base knows by its start, followed by a field complement, is another body
 * (الاتحاد الأوروبي لكرة القدم after الاتحاد الأوروبي): the known body's head must be a body's
 * head, not a force's (الجيش المصري للبلاد) nor another noun (الأمم المتحدة للإعلام), and no
 * title noun may govern it (رئيس الاتحاد الأوروبي لكرة القدم is a title). Immutable and
 * thread-safe.
 */
final class KnownBodyFields {

  private final FieldComplements fields;

  KnownBodyFields(FieldComplements fields) {
    this.fields = Objects.requireNonNull(fields, "fields");
  }

  /** Adds the longer bodies to {@code candidates}, reading its first {@code known} ones. */
  void add(AnalyzedText text, List<Candidate> candidates, int known, boolean[] covered) {
    for (int k = 0; k < known; k++) {
      Candidate c = candidates.get(k);
      if (c.source() == Candidate.Source.KB && c.type() == EntityType.ORGANIZATION
          && c.stripped() == 0 && c.length() > 1 && headsAName(text.form(c.start()))
          && !BodyPhraseWords.afterTitleNoun(text, c.start())) {
        int full = fields.end(text, c.start(), c.end(), covered);
        if (full > c.end()) {
          candidates.add(new Candidate(c.start(), full, c.stripped(), Candidate.Source.PHRASE,
              ImmutableList.of(), EntityType.ORGANIZATION, BodyPhrases.SCORE));
        }
      }
    }
  }

  /** Whether a known body's first word is a head noun that a field can complement. */
  private static boolean headsAName(String first) {
    String bare = first.startsWith("ال") ? first.substring(2) : first;
    return BodyHeads.kind(bare).filter(k -> k != BodyHeads.Kind.QUOTED).isPresent()
        && !BodyHeads.takesNoField(bare);
  }
}
