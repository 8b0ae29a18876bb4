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
 * may also be the first part of a split trigger (تعرض … للطعن). The defender told as the subject
 * of a verb of repelling with the attack as its object (صد الجيش هجوما لداعش، تصدت القوات لهجوم)
 * is the attacked side too, a TARGET. The verbs are the UNDERGOING, SUFFERING and REPELLING roles
 * of {@code argument-cues.tsv}.
 */
final class VictimSide {

  /** Tokens between the verb and the attack word: its subject with an apposition. */
  private static final int REACH = 10;
  /** Tokens between a verb of repelling and the attack, its object: the subject alone. */
  private static final int REPELLED_REACH = 4;
  /** Tokens after the verb its subject starts within: a title of two words (الرئيس الأفغاني). */
  private static final int SUBJECT_REACH = 3;

  private final Set<String> undergoing;
  private final Set<String> suffering;
  private final Set<String> repelling;
  private final Set<String> undergoingOrRepelling;

  VictimSide(TriggerLexicon lexicon) {
    this.undergoing = lexicon.cues("UNDERGOING");
    this.suffering = lexicon.cues("SUFFERING");
    this.repelling = lexicon.cues("REPELLING");
    Set<String> withLam = new java.util.HashSet<>(undergoing);
    withLam.addAll(repelling); // تصدى الجيش لهجوم
    this.undergoingOrRepelling = Set.copyOf(withLam);
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
    if (f.stripped() > form.length()) {
      return Optional.empty();
    }
    char proclitic = f.stripped() == 0 ? ' ' : form.charAt(f.stripped() - 1); // وبنيران
    Set<String> verbs = proclitic == 'ل' ? undergoingOrRepelling : proclitic == 'ب' ? suffering
        : f.stripped() == 0 || proclitic == 'و' ? repelling : Set.of();
    // صد الجيش هجوما: with no preposition only the subject itself stands between
    int reach = verbs == repelling ? REPELLED_REACH : REACH;
    for (int i = f.start() - 1; i >= Math.max(c.left(), f.start() - reach); i--) {
      String w = text.form(i);
      if (Tokens.isBreak(text, i)) {
        return Optional.empty();
      }
      if (verbs.contains(w)
          || w.length() > 2 && w.charAt(0) == 'و' && verbs.contains(w.substring(1))) {
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
    Set<Integer> targets = new LinkedHashSet<>();
    for (int i = v.from(); i < v.to(); i++) {
      int e = layer.entityAt(i);
      if (e >= 0) {
        there.add(e);
        if (targets.isEmpty() && i - v.from() <= SUBJECT_REACH && EntityKinds.isActor(layer, e)
            && !EntityKinds.isCapital(layer, e)) {
          targets.add(e); // صد الجيش العراقي هجوما: the subject, even when not read as the agent
        }
      }
    }
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
