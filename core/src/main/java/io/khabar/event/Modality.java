package io.khabar.event;

/** Whether the text reports the event as having happened or as planned/expected. */
public enum Modality {
  /** Reported as having happened or as happening. */
  ASSERTED,
  /** Announced, scheduled or expected: "سيزور", "من المقرر أن", "الأسبوع المقبل". */
  PLANNED
}
