package io.khabar.time;

/** TIMEX3 types: a calendar date or period, a time of day, a length of time, a recurrence. */
public enum TimexType {
  /** A calendar day, week, month, season, year, decade or century, or a range of them. */
  DATE,
  /** A time of day, or a part of a day (مساء أمس). */
  TIME,
  /** A length of time (خلال 15 يوماً). */
  DURATION,
  /** A recurrence (أسبوعياً، كل يوم جمعة). */
  SET
}
