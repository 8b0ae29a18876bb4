package io.khabar.time;

/**
 * The future prefix سـ on an imperfect verb (سيزور، ستتسلم، سنعمل), as {@link FutureCues} reads
 * it for time expressions, for the stages after time that read a clause's tense. Stateless.
 */
public final class FutureForms {

  private FutureForms() {}

  /** {@code form} (in matching form, no conjunction) is an imperfect verb with the future سـ. */
  public static boolean futureVerb(String form) {
    return FutureCues.futureVerb(form);
  }
}
