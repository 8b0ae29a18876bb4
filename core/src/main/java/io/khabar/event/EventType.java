package io.khabar.event;

/** The event types of the output contract, in the spelling the JSON uses. */
public enum EventType {
  MEETING,
  VISIT,
  PHONE_CALL,
  MESSAGE,
  STATEMENT,
  AGREEMENT,
  NEGOTIATION,
  WITHDRAWAL,
  DEPLOYMENT,
  SANCTIONS,
  DIPLOMATIC,
  ATTACK,
  PRISONER_EXCHANGE,
  AID
}
