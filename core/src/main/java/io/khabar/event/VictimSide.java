package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * An attack told from the victim's side. News tells whom an attack struck as the subject of a
 * verb of undergoing with the attack after its لـ (تعرض بولسونارو للطعن، تعرضت السفارة لهجوم
 * صاروخي), of a verb of suffering with the means after its بـ (أصيب الجنديان بنيران الجيش، لقي
 * 16 فلسطينيا مصرعهم برصاص القوات), or of a passive attack verb (اغتيل القيادي مازن فقها): that
 * subject is the TARGET, never the attacker. The attacker is then only what the attack's own
 * frame names after it (على يد مسلحين، بأيدي عناصر التنظيم، برصاص القوات الإسرائيلية), read by
 * {@link AttackAgents#complete}. The verb stands before the attack in its clause, with at most
 * its subject between, and the attack word carries the preposition itself; a verb of undergoing
 * may also be the first part of a split trigger (تعرض … للطعن). The verbs are the UNDERGOING and
 * SUFFERING roles of {@code argument-cues.tsv}.
 */
final class VictimSide {

  /** Tokens between the verb and the attack word: its subject with an apposition. */
  private static final int REACH = 10;

  private final Set<String> undergoing;
  private final Set<String> suffering;

  VictimSide(TriggerLexicon lexicon) {
    this.undergoing = lexicon.cues("UNDERGOING");
    this.suffering = lexicon.cues("SUFFERING");
  }

  /**
   * The tokens [from, to) where the victim, the subject, stands when the attack at {@code f} is
   * told from the victim's side: after a passive verb, between a split trigger's verb and its
   * object, or between the verb of undergoing or suffering and the attack word.
   */
  record Victims(int from, int to) {}

  Optional<Victims> read(AnalyzedText text, Found f, Clause c) {
    if (f.trigger().type() != EventType.ATTACK) {
      return Optional.empty();
    }
    String form = text.form(f.start());
    if (f.trigger().pos() == TriggerLexicon.Pos.PASSIVE) {
      return Optional.of(new Victims(f.end(), Math.min(c.right(), f.end() + REACH))); // اغتيل القيادي
    }
    if (f.stripped() < form.length() && undergoing.contains(form.substring(f.stripped()))) {
      return Optional.of(new Victims(f.start(), f.reach())); // تعرض بولسونارو للطعن
    }
    if (f.stripped() < 1 || f.stripped() > form.length()) {
      return Optional.empty();
    }
    char proclitic = form.charAt(f.stripped() - 1); // وبنيران: the last proclitic governs
    Set<String> verbs = proclitic == 'ل' ? undergoing : proclitic == 'ب' ? suffering : Set.of();
    for (int i = f.start() - 1; i >= Math.max(c.left(), f.start() - REACH); i--) {
      String w = text.form(i);
      if (Tokens.isBreak(text, i)) {
        return Optional.empty();
      }
      if (verbs.contains(w)
          || w.length() > 3 && w.charAt(0) == 'و' && verbs.contains(w.substring(1))) {
        return Optional.of(new Victims(i + 1, f.start())); // أصيب الجنديان بنيران الجيش
      }
    }
    return Optional.empty();
  }

  /**
   * The subject read as the attacker where the victim stands is the target; an agent read after
   * the attack word (برصاص القوات الإسرائيلية) stays, any other is left to the frame.
   */
  Arguments.Roles apply(EntityLayer layer, Victims v, Arguments.Roles roles) {
    Set<Integer> there = new LinkedHashSet<>();
    for (int i = v.from(); i < v.to(); i++) {
      if (layer.entityAt(i) >= 0) {
        there.add(layer.entityAt(i));
      }
    }
    Set<Integer> targets = new LinkedHashSet<>();
    Set<Integer> agent = new LinkedHashSet<>();
    for (Integer e : roles.agent()) {
      (there.contains(e) ? targets : agent).add(e);
    }
    if (targets.isEmpty()) {
      return roles;
    }
    targets.addAll(roles.targets());
    roles.others().removeAll(targets);
    return new Arguments.Roles(agent, roles.others(), roles.recipients(), targets, roles.place());
  }
}
