package io.khabar.event;

/** How an entity takes part in an event. */
public enum ParticipantRole {
  /** Who acts: the host of a meeting, the caller, the visitor, the attacker. */
  AGENT,
  /** Who takes part on an equal footing: the other side of a meeting or an agreement. */
  PARTICIPANT,
  /** Who receives: the addressee of a message or a call, the recipient of aid. */
  RECIPIENT,
  /** Who or what is acted upon: the target of an attack or of sanctions. */
  TARGET,
  /** Who speaks, in a statement. */
  SPEAKER
}
