package io.khabar.event;

import io.khabar.event.TriggerLexicon.Trigger;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Makes the event record of a type from its core, and remakes one with a new core. */
final class EventFactory {

  private EventFactory() {}

  static Event build(Trigger t, EventCore core) {
    return create(t.type(), t.subtype(), core);
  }

  /** The event of {@code type} with {@code core}; {@code act} is the sanctions direction or diplomatic action. */
  static Event create(EventType type, Optional<String> act, EventCore core) {
    switch (type) {
      case MEETING: return new Event.Meeting(core);
      case VISIT: return new Event.Visit(core);
      case PHONE_CALL: return new Event.PhoneCall(core);
      case MESSAGE: return new Event.Message(core);
      case STATEMENT: return new Event.Statement(core);
      case AGREEMENT: return new Event.Agreement(core);
      case NEGOTIATION: return new Event.Negotiation(core);
      case WITHDRAWAL: return new Event.Withdrawal(core);
      case DEPLOYMENT: return new Event.Deployment(core);
      case SANCTIONS: return new Event.Sanctions(core,
          SanctionsDirection.valueOf(act.orElse("IMPOSE")));
      case DIPLOMATIC: return new Event.Diplomatic(core,
          DiplomaticAction.valueOf(act.orElse("OPEN")));
      case ATTACK: return new Event.Attack(core);
      case PRISONER_EXCHANGE: return new Event.PrisonerExchange(core);
      case AID: return new Event.Aid(core);
      default: throw new AssertionError(type);
    }
  }

  /** The same event (type and act) with another core. */
  static Event rebuild(Event old, EventCore core) {
    Optional<String> act = old instanceof Event.Sanctions s ? Optional.of(s.direction().name())
        : old instanceof Event.Diplomatic d ? Optional.of(d.action().name()) : Optional.empty();
    return create(old.type(), act, core);
  }

  /** The sanctions direction or diplomatic action, else the empty string. */
  static Object act(Event e) {
    return e instanceof Event.Sanctions s ? s.direction()
        : e instanceof Event.Diplomatic d ? d.action() : "";
  }

  /** The ids of an event's participants, whatever their roles. */
  static Set<String> partyIds(Event e) {
    Set<String> ids = new HashSet<>();
    e.core().participants().forEach(p -> ids.add(p.entity()));
    return ids;
  }
}
