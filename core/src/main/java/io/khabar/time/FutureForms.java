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

  /**
   * {@code form} (in matching form) is such a verb, on its own or after the conjunction و or ف
   * (وسيزور، فستتسلم).
   */
  public static boolean futureVerbWithOptionalConjunction(String form) {
    return FutureCues.futureVerb(form) || form.length() > 1
        && (form.charAt(0) == 'و' || form.charAt(0) == 'ف')
        && FutureCues.futureVerb(form.substring(1));
  }
}
