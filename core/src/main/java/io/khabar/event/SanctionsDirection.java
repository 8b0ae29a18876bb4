package io.khabar.event;

/** What a sanctions event does to the sanctions. */
public enum SanctionsDirection {
  /** Sanctions or restrictions imposed or tightened (فرضت عقوبات جديدة). */
  IMPOSE,
  /** Sanctions eased (خففت العقوبات، تخفيف العقوبات). */
  EASE,
  /** Sanctions lifted (رفع العقوبات). */
  LIFT
}
