package io.khabar.event;

import java.util.Optional;

/**
 * A typed event reported by an article: one record per type of the output contract, each with
 * the shared {@link EventCore} and, for sanctions and diplomatic acts, what kind of act it is.
 *
 * <p>Most code reads {@link #type()} and {@link #core()}; the records matter for the two with
 * an extra field:
 *
 * <pre>{@code
 * for (Event v : extraction.events()) {
 *   if (v instanceof Event.Sanctions s && s.direction() == SanctionsDirection.LIFT) { ... }
 * }
 * }</pre>
 *
 * <p>{@link #plover()} gives the PLOVER event type (Halterman et al.), or empty where PLOVER has
 * none: statements are speech acts, not PLOVER events.
 */
public sealed interface Event {

  /** Trigger, sentence, participants, place, date, confidence and modality. */
  EventCore core();

  /** The type, as the JSON spells it; one per record of this interface. */
  EventType type();

  /** The PLOVER type this event maps to. */
  Optional<String> plover();

  /** A meeting between two or more parties (التقى، اجتمع، لقاء، قمة، استقبل). */
  record Meeting(EventCore core) implements Event {
    public EventType type() { return EventType.MEETING; }
    public Optional<String> plover() { return Optional.of("CONSULT"); }
  }

  /** A visit of the agent to a place or a host (زار، زيارة، وصل إلى). */
  record Visit(EventCore core) implements Event {
    public EventType type() { return EventType.VISIT; }
    public Optional<String> plover() { return Optional.of("CONSULT"); }
  }

  /** A phone call (اتصال هاتفي، اتصل، هاتف، عبر الهاتف). */
  record PhoneCall(EventCore core) implements Event {
    public EventType type() { return EventType.PHONE_CALL; }
    public Optional<String> plover() { return Optional.of("CONSULT"); }
  }

  /** A written or oral message sent to a recipient (رسالة، برقية، نقل رسالة). */
  record Message(EventCore core) implements Event {
    public EventType type() { return EventType.MESSAGE; }
    public Optional<String> plover() { return Optional.of("CONSULT"); }
  }

  /** A speech act by a named speaker (قال، أكد، صرح، أعلن). */
  record Statement(EventCore core) implements Event {
    public EventType type() { return EventType.STATEMENT; }
    public Optional<String> plover() { return Optional.empty(); }
  }

  /** An agreement reached or signed (اتفق، اتفاق، وقع اتفاقية، تفاهم). */
  record Agreement(EventCore core) implements Event {
    public EventType type() { return EventType.AGREEMENT; }
    public Optional<String> plover() { return Optional.of("AGREE"); }
  }

  /** Talks or negotiations (مفاوضات، محادثات، تفاوض). */
  record Negotiation(EventCore core) implements Event {
    public EventType type() { return EventType.NEGOTIATION; }
    public Optional<String> plover() { return Optional.of("CONSULT"); }
  }

  /** A withdrawal of forces (انسحب، انسحاب، سحب قواته). */
  record Withdrawal(EventCore core) implements Event {
    public EventType type() { return EventType.WITHDRAWAL; }
    public Optional<String> plover() { return Optional.of("RETREAT"); }
  }

  /** A deployment or reinforcement of forces (نشر، انتشار، تعزيزات، أرسل قوات). */
  record Deployment(EventCore core) implements Event {
    public EventType type() { return EventType.DEPLOYMENT; }
    public Optional<String> plover() { return Optional.of("MOBILIZE"); }
  }

  /** Sanctions imposed, eased or lifted (فرض عقوبات، خفف، رفع العقوبات). */
  record Sanctions(EventCore core, SanctionsDirection direction) implements Event {
    public Sanctions {
      java.util.Objects.requireNonNull(direction, "direction");
    }
    public EventType type() { return EventType.SANCTIONS; }
    /** PLOVER codes imposing as SANCTION and easing or lifting as CONCEDE. */
    public Optional<String> plover() {
      return Optional.of(direction == SanctionsDirection.IMPOSE ? "SANCTION" : "CONCEDE");
    }
  }

  /** Embassies, offices or relations opened, closed, restored, or diplomats expelled. */
  record Diplomatic(EventCore core, DiplomaticAction action) implements Event {
    public Diplomatic {
      java.util.Objects.requireNonNull(action, "action");
    }
    public EventType type() { return EventType.DIPLOMATIC; }
    /** PLOVER codes opening and restoring as COOPERATE, closing and expelling as SANCTION. */
    public Optional<String> plover() {
      return Optional.of(action == DiplomaticAction.OPEN || action == DiplomaticAction.RESTORE
          ? "COOPERATE" : "SANCTION");
    }
  }

  /** An armed attack, strike or shelling (هجوم، غارة، قصف، استهدف). */
  record Attack(EventCore core) implements Event {
    public EventType type() { return EventType.ATTACK; }
    public Optional<String> plover() { return Optional.of("ASSAULT"); }
  }

  /** An exchange or release of prisoners (تبادل الأسرى، صفقة تبادل، أفرج عن). */
  record PrisonerExchange(EventCore core) implements Event {
    public EventType type() { return EventType.PRISONER_EXCHANGE; }
    public Optional<String> plover() { return Optional.of("CONCEDE"); }
  }

  /** Humanitarian or material aid sent or delivered (مساعدات، قافلة إغاثة). */
  record Aid(EventCore core) implements Event {
    public EventType type() { return EventType.AID; }
    public Optional<String> plover() { return Optional.of("AID"); }
  }
}
