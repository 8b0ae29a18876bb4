package io.khabar.event;

/** What a sanctions event does to the sanctions. */
public enum SanctionsDirection {
  IMPOSE,
  EASE,
  LIFT
}
