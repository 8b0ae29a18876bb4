package io.khabar.testdata;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A gold event: type (MEETING, VISIT, ... AID), participant entity keys, accepted dates (empty
 * when the text gives no date for it), the place entity key when the text gives one, and the
 * evidence clause. {@code modality} is ASSERTED unless the gold says PLANNED; {@code action}
 * refines SANCTIONS (IMPOSE, EASE, LIFT) and DIPLOMATIC (OPEN, CLOSE, RESTORE, EXPEL) in our
 * own documents. {@code optional} events are neither required nor penalised.
 */
public record GoldEvent(
    String type,
    List<String> participants,
    List<String> dates,
    Optional<String> place,
    String evidence,
    String modality,
    Optional<String> action,
    boolean optional) {
  public GoldEvent {
    Objects.requireNonNull(type, "type");
    participants = List.copyOf(participants);
    dates = List.copyOf(dates);
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(action, "action");
  }

  /** True when the gold gives a date for this event. */
  public boolean hasDate() {
    return !dates.isEmpty();
  }
}
