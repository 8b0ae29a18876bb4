package io.khabar.event;

import java.util.Objects;

/** An entity of the same extraction, by its id ({@code E3}), in a role. */
public record Participant(String entity, ParticipantRole role) {
  public Participant {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(role, "role");
  }
}
