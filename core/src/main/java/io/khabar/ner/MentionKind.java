package io.khabar.ner;

/**
 * Whether a mention is the entity's name or a description that refers to it. Name-level
 * evaluations (CoNLL-style NER) read only {@link #NAME} mentions; a title is a mention of its own,
 * never part of a name's span.
 */
public enum MentionKind {
  /** The name, or an alias, abbreviation or part of it: فلاديمير بوتين، بوتين، قسد. */
  NAME,
  /** A title or descriptive phrase that refers to the entity: الرئيس الروسي، نظيره السوري. */
  TITLE
}
