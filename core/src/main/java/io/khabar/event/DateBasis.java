package io.khabar.event;

/**
 * Where an event's date came from. An event whose date is unknown (a background or past-perfect
 * event with no date of its own, or no publication date to fall back on) has no basis at all.
 */
public enum DateBasis {
  /** A time expression of the text dates the event. */
  TEXT,
  /**
   * A present report with no date of its own (an undated قال/أكد/أعلن, the lead's main event):
   * the article's publication date.
   */
  PUBLICATION
}
