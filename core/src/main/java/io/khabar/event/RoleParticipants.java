package io.khabar.event;

import com.google.common.collect.ImmutableList;
import io.khabar.ner.EntityLayer;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The participants of a read event in the contract's roles: the agent first (the speaker of a
 * statement, who alone takes part), then the other parties, recipients and targets, each entity
 * once, a capital that acts standing for its state.
 */
final class RoleParticipants {

  private RoleParticipants() {}

  /** The participants by role: the agent (the speaker of a statement, who alone takes part) first. */
  static ImmutableList<Participant> of(EntityLayer layer, EventType type,
      Arguments.Roles roles) {
    ImmutableList.Builder<Participant> participants = ImmutableList.builder();
    Set<Integer> used = new LinkedHashSet<>();
    ParticipantRole agentRole = type == EventType.STATEMENT ? ParticipantRole.SPEAKER
        : ParticipantRole.AGENT;
    addAll(participants, used, layer, roles.agent(), agentRole);
    if (type != EventType.STATEMENT) {
      addAll(participants, used, layer, roles.others(), ParticipantRole.PARTICIPANT);
      addAll(participants, used, layer, roles.recipients(), ParticipantRole.RECIPIENT);
      addAll(participants, used, layer, roles.targets(), ParticipantRole.TARGET);
    }
    return participants.build();
  }

  /**
   * A capital acting or taking part stands for its state (توصلت دمشق وأنقرة إلى اتفاق: Syria and
   * Turkey agreed): it becomes the state's entity where the document names the state (else it
   * stays, the only name the text gives the state). A capital attacked is the city itself.
   */
  private static void addAll(ImmutableList.Builder<Participant> out, Set<Integer> used,
      EntityLayer layer, Set<Integer> entities, ParticipantRole role) {
    for (Integer e : entities) {
      Optional<Integer> party = role == ParticipantRole.TARGET || !EntityKinds.isCapital(layer, e)
          ? Optional.of(e) : EntityKinds.hostCountry(layer, e).or(() -> Optional.of(e));
      if (party.isPresent() && used.add(party.get())) {
        out.add(new Participant(layer.entities().get(party.get()).id(), role));
      }
    }
  }
}
