package io.khabar.event;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A first-person plural verb of an event in what someone says (قال السيسي: "لقد اتفقنا مع إيني
 * على …"; وأكد الوزير أننا وقعنا مع روسيا) has the speaker's side as its subject: the speaker of
 * the statement told before it in its sentence acts, and whoever the words after the verb named
 * as acting (مع إيني read as the first party) is the other party. Only the verb's own ending
 * says "we": the lexicon lists the perfect first-person forms (اتفقنا، التقينا، وقعنا، زرنا).
 */
final class SpeakerSide {

  private SpeakerSide() {}

  static Arguments.Roles apply(Found f, Clause c, Optional<Governor> governor,
      Arguments.Roles roles) {
    if (f.trigger().pos() != TriggerLexicon.Pos.PERFECT || !f.trigger().form().endsWith("نا")
        || f.trigger().type() == EventType.STATEMENT) {
      return roles;
    }
    Optional<Set<Integer>> speaker = governor
        .filter(g -> g.sentence() == c.sentence() && g.triggerEnd() <= f.start()
            && g.event().type() == EventType.STATEMENT && !g.agents().isEmpty())
        .map(Governor::agents);
    if (speaker.isEmpty()) {
      return roles;
    }
    Set<Integer> others = new LinkedHashSet<>(roles.agent());
    others.addAll(roles.others());
    others.removeAll(speaker.get());
    roles.agent().clear();
    roles.agent().addAll(speaker.get());
    roles.others().clear();
    roles.others().addAll(others);
    return roles;
  }
}
