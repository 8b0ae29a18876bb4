package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.kb.KbEntity;
import io.khabar.token.AnalyzedText;
import java.util.Arrays;
import java.util.List;

/**
 * A mention the recogniser proposes over tokens [start, end), the first token's proclitics
 * ({@code stripped} matching-form chars) excluded: where it comes from, the knowledge-base
 * entities it may denote (none: an unknown name), its type and score. {@code sameAs} is the
 * index of the accepted candidate whose entity a title in apposition joins (−1: none); a
 * {@link Source#TITLE} candidate is a mention of kind {@link MentionKind#TITLE}.
 */
record Candidate(int start, int end, int stripped, Source source,
    ImmutableList<KbEntity> entities, EntityType type, double score, int sameAs) {

  /**
   * Who proposed the mention; in this order of trust at equal length. PHRASE: a body's noun
   * phrase ({@link BodyPhrases}).
   */
  enum Source { KB, TITLE, QUOTED, PHRASE, MODEL }

  Candidate(int start, int end, int stripped, Source source, ImmutableList<KbEntity> entities,
      EntityType type, double score) {
    this(start, end, stripped, source, entities, type, score, -1);
  }

  int length() {
    return end - start;
  }

  /** Which of a text's {@code size} tokens the candidates cover. */
  /**
   * The candidate's first word in matching form without the proclitic chars its span leaves out
   * (وبوتين → بوتين), the form a name's first word is read in.
   */
  String firstWord(AnalyzedText text) {
    String f = text.form(start);
    return f.substring(Math.min(stripped, f.length()));
  }

  static boolean[] covering(int size, List<Candidate> candidates) {
    boolean[] covered = new boolean[size];
    for (Candidate c : candidates) {
      Arrays.fill(covered, c.start(), c.end(), true);
    }
    return covered;
  }

  boolean isTitle() {
    return source == Source.TITLE;
  }

  Candidate withEntities(ImmutableList<KbEntity> newEntities, EntityType newType) {
    return new Candidate(start, end, stripped, source, newEntities, newType, score, sameAs);
  }

  Candidate withSpan(int newStart, int newEnd, int newStripped) {
    return new Candidate(newStart, newEnd, newStripped, source, entities, type, score, sameAs);
  }
}
