package io.khabar.time;

/**
 * What a sentence says about the time of an expression that has no direction of its own (a
 * bare weekday, a month without a year): {@link #PAST} when the verb that governs it is in the
 * perfect (التقى الثلاثاء) or negated with لم; {@link #FUTURE} when that verb is an imperfect of a
 * scheduled act (يستقبل الثلاثاء), negated with لن, or a future cue applies (سـ, من المقرر,
 * المقبل, يعتزم …); else {@link #UNMARKED}. Resolution picks the nearest date that fits.
 */
enum Tense {
  PAST,
  UNMARKED,
  FUTURE
}
