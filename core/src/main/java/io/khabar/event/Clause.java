package io.khabar.event;

/**
 * The stretch of a sentence a trigger's arguments are read from: tokens [left, right) around the
 * trigger, inside the sentence's tokens [sentenceStart, sentenceEnd).
 */
record Clause(int sentence, int sentenceStart, int sentenceEnd, int left, int right) {}
