package io.khabar.event;

/** The event types of the output contract, in the spelling the JSON uses. */
public enum EventType {
  /** {@link Event.Meeting}. */
  MEETING,
  /** {@link Event.Visit}. */
  VISIT,
  /** {@link Event.PhoneCall}. */
  PHONE_CALL,
  /** {@link Event.Message}. */
  MESSAGE,
  /** {@link Event.Statement}. */
  STATEMENT,
  /** {@link Event.Agreement}. */
  AGREEMENT,
  /** {@link Event.Negotiation}. */
  NEGOTIATION,
  /** {@link Event.Withdrawal}. */
  WITHDRAWAL,
  /** {@link Event.Deployment}. */
  DEPLOYMENT,
  /** {@link Event.Sanctions}. */
  SANCTIONS,
  /** {@link Event.Diplomatic}. */
  DIPLOMATIC,
  /** {@link Event.Attack}. */
  ATTACK,
  /** {@link Event.PrisonerExchange}. */
  PRISONER_EXCHANGE,
  /** {@link Event.Aid}. */
  AID
}
