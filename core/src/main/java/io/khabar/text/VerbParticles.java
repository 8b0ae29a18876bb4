package io.khabar.text;

import java.util.Set;

/**
 * The particles that negate a verb and govern its mood, as written (with و or ف before them):
 * لم + jussive negates the past (لم يلتق "did not meet"), لن + subjunctive the future (لن يزور
 * "will not visit"). The word after either is an imperfect verb, which both tense resolution and
 * name finding rely on. Plain strings, no allocation.
 */
public final class VerbParticles {

  private static final Set<String> PAST_NEGATION = Set.of("لم", "ولم", "فلم");
  private static final Set<String> FUTURE_NEGATION = Set.of("لن", "ولن", "فلن");

  private VerbParticles() {}

  /** لم, ولم, فلم: the next word is a jussive verb whose time is past. */
  public static boolean negatesPast(String word) {
    return PAST_NEGATION.contains(word);
  }

  /** لن, ولن, فلن: the next word is a subjunctive verb whose time is future. */
  public static boolean negatesFuture(String word) {
    return FUTURE_NEGATION.contains(word);
  }

  /** Either particle: the next word is a verb. */
  public static boolean precedesVerb(String word) {
    return negatesPast(word) || negatesFuture(word);
  }
}
