package io.khabar.time;

/** TIMEX3 types: a calendar date or period, a time of day, a length of time, a recurrence. */
public enum TimexType {
  DATE,
  TIME,
  DURATION,
  SET
}
