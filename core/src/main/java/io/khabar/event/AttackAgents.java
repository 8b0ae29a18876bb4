package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who carried out an attack told as a noun, read from the frames news Arabic puts around it
 * when no subject names the attacker:
 * <ul>
 *   <li>an accusation or a suspicion: اتهمت واشنطن دمشق بشن هجوم، اتهام الحوثيين بتنفيذ الهجوم،
 *       المشتبه به بتنفيذ الهجوم — the attack's agent is the accused (the object of the accusing
 *       verb, the genitive of the noun), never the accuser, whatever else was read; when no
 *       actor is named as accused, no agent is; an attack after بعد or قبل is the accusation's
 *       setting, not what is accused;
 *   <li>a relative clause of carrying out: الهجوم الذي شنه / نفذته حركة الشباب — the verb's
 *       subject; an indefinite noun takes its relative clause with no relative pronoun (غارات
 *       مكثفة شنها سلاح الجو، هجوما على أحد مواقعه شنته بوكو حرام), so after one the verb with
 *       the noun's pronoun may follow its adjectives and its target at once;
 *   <li>a genitive by لـ right after the noun and its adjectives: غارات جوية للتحالف — whose
 *       raids they are (a لـ after another noun, مواقع لحزب الله, is the target's owner);
 *   <li>a noun of force or weapon in construct after the noun and its adjectives, with its own
 *       genitive (غارات طائرات التحالف، غارة جوية لطائرات التحالف، قصف مدفعية الجيش): whose
 *       aircraft or guns they are;
 *   <li>a passive agent: لقصف من قبل الجيش، على يد مسلحين — the actor after it;
 *   <li>a claim: تبنى تنظيم داعش الهجوم — who claims the attack carried it out;
 *   <li>a genitive by لـ of a noun of fighters: هجوم لعناصر من حزب العمال، هجوم لمسلحي طالبان —
 *       the body the fighters belong to, after من or as their genitive;
 *   <li>a pronoun: the possessive of the attack noun when its target follows with على / ضد
 *       (هجومهم على الأيزيديين: the pronoun is then no object), or of the verbal noun of carrying
 *       out right before it (بعد شنها هجمات عنيفة، عقب تنفيذه الهجوم) — the attacker is the
 *       pronoun's antecedent, the nearest body or state before it in its clause (after its
 *       complementizer: قال المرصد إن التنظيم …), never a capital nor a person.
 * </ul>
 * An attack noun in construct after a noun of occurring (أفاد المرصد بوقوع سلسلة هجمات، أعلنت
 * الشرطة عن حدوث هجوم) is the subject of the occurring: the clause's subject only reports it, and
 * the attacker is named by the noun's own frame (the ones above) or not at all; so is one after
 * the في of a noun of inquiry (وصل فريق المنظمة للتحقيق في الهجوم الكيميائي): the subject
 * investigates it.
 *
 * <p>A noun of the means of attack (نيران "fire") is an attack only when one of these, or an
 * adjective of a country (بنيران إسرائيلية), names whose it was: a fire of no one is no attack.
 * The verb and noun lists are roles of {@code argument-cues.tsv}: CARRY_OUT, CLAIM,
 * ACCUSING_VERB, ACCUSATION, PASSIVE_AGENT, ATTACK_MEANS, FORCE, CARRYING_OUT_POSSESSED,
 * OCCURRING, INQUIRY.
 */
final class AttackAgents {

  /** Adjectives between the attack noun and its relative pronoun or لـ genitive. */
  private static final int ADJECTIVES = 2;
  /** Tokens between a carrying-out or claiming verb and its subject. */
  private static final int SUBJECT_REACH = 4;
  /** Tokens between an accusing word and the attack it accuses of. */
  private static final int ACCUSING_REACH = 10;
  /** Tokens between an indefinite attack noun and its pronoun-less relative clause. */
  private static final int BARE_RELATIVE_REACH = 6;
  /** Tokens between that clause's verb and its subject: a noun of means (طائرات التحالف). */
  private static final int BARE_SUBJECT_REACH = 1;
  /** Tokens after the attack noun a passive agent may stand: لقصف مدفعي عنيف من قبل الجيش. */
  private static final int PASSIVE_REACH = 8;

  /** What {@link #accused} gives when the accusing word names no actor as accused. */
  private static final int UNNAMED = -1;

  private static final Set<String> RELATIVES = Set.of(
      "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان");

  private final Obliques obliques;
  private final Set<String> carryOut;
  private final Set<String> claim;
  private final Set<String> accusingVerbs;
  private final Set<String> accusations;
  private final Set<String> passiveAgents;
  private final Set<String> means;
  private final Set<String> temporal;
  private final Set<String> forces;
  private final Set<String> carryingOutPossessed;
  private final Set<String> targetPrepositions;
  private final Set<String> complementizers;
  private final Set<String> occurring;
  private final Set<String> inquiry;
  private final Set<String> meansOfForce;

  AttackAgents(TriggerLexicon lexicon, Obliques obliques) {
    this.obliques = obliques;
    this.carryOut = lexicon.cues("CARRY_OUT");
    this.claim = lexicon.cues("CLAIM");
    this.accusingVerbs = lexicon.cues("ACCUSING_VERB");
    this.accusations = lexicon.cues("ACCUSATION");
    this.passiveAgents = lexicon.cues("PASSIVE_AGENT");
    this.means = lexicon.cues("ATTACK_MEANS");
    this.temporal = lexicon.cues("TEMPORAL_CLAUSE");
    this.forces = lexicon.cues("FORCE");
    this.carryingOutPossessed = lexicon.cues("CARRYING_OUT_POSSESSED");
    this.targetPrepositions = lexicon.cues("TARGET_PREPOSITION");
    this.complementizers = lexicon.cues("COMPLEMENTIZER");
    this.occurring = lexicon.cues("OCCURRING");
    this.inquiry = lexicon.cues("INQUIRY");
    this.meansOfForce = new java.util.HashSet<>(lexicon.cues("FORCE"));
    this.meansOfForce.addAll(lexicon.cues("WEAPON"));
  }

  /** The trigger names a means of attack (نيران): it needs an agent to be an attack. */
  boolean meansOnly(Found f) {
    return means.contains(f.trigger().form());
  }

  /**
   * A definite attack noun whose frame names its attacker (الهجوم الذي شنه X، الغارات من قبل X،
   * تبنى X الهجوم) tells an event of its own, not one told before.
   */
  boolean namesAgent(AnalyzedText text, EntityLayer layer, Found f, Clause c) {
    return relativeClause(text, layer, f, c).or(() -> passiveAgent(text, layer, f, c))
        .or(() -> claimant(text, layer, f, c))
        .or(() -> pronounAgent(text, layer, f, c)).isPresent();
  }

  /**
   * The roles of a nominal attack with the agent its frame names: the accused replaces any agent
   * read, the other frames fill an empty one. The agent leaves the other roles.
   */
  Arguments.Roles complete(AnalyzedText text, EntityLayer layer, Found f, Clause c,
      Arguments.Roles roles) {
    Optional<Integer> accused = accused(text, layer, f, c);
    if (accused.filter(a -> a == UNNAMED).isPresent()) {
      // كشفت الشرطة هوية المشتبه به بتنفيذ الهجوم: an unnamed suspect, never the one who names him
      roles.agent().clear();
      return roles;
    }
    if (accused.isEmpty() && occurred(text, f, c)) {
      roles.agent().clear(); // أفاد المرصد بوقوع هجمات: the observatory only reports them
    }
    // الضربات التي نفذتها الولايات المتحدة مع فرنسا: the relative clause names the attacker,
    // whatever was read from the parties after it
    Optional<Integer> relative = accused.isPresent() ? Optional.empty()
        : relativeClause(text, layer, f, c);
    Optional<Integer> agent = accused.isPresent() ? accused : relative.isPresent() ? relative
        : !roles.agent().isEmpty() ? Optional.empty()
        : genitive(text, layer, f, c)
            .or(() -> ownerOfMeans(text, layer, f, c))
            .or(() -> passiveAgent(text, layer, f, c))
            .or(() -> claimant(text, layer, f, c))
            .or(() -> fightersOf(text, layer, f, c))
            .or(() -> pronounAgent(text, layer, f, c));
    if (agent.isEmpty()) {
      return roles;
    }
    Integer a = agent.get();
    if (relative.isPresent()) {
      roles.others().addAll(roles.agent()); // مع فرنسا وبريطانيا: still parties, no longer first
    }
    roles.agent().clear();
    roles.agent().add(a);
    roles.others().remove(a);
    roles.recipients().remove(a);
    roles.targets().remove(a);
    return roles;
  }

  /** Words between a noun of occurring and the attack noun: a quantity (سلسلة، موجة، عدة). */
  private static final int OCCURRING_REACH = 2;

  /**
   * A noun of occurring (with its proclitic: بوقوع، وحدوث) governs the attack noun, at once or
   * across one word of quantity (بوقوع سلسلة هجمات), or a noun of inquiry by في / بشأن (للتحقيق في
   * الهجوم).
   */
  private boolean occurred(AnalyzedText text, Found f, Clause c) {
    for (int i = f.start() - 1; i >= Math.max(c.left(), f.start() - OCCURRING_REACH); i--) {
      if (!text.isWord(i)) {
        return false;
      }
      String w = text.form(i);
      if (occurring.contains(w) || w.length() > 4 && occurring.contains(w.substring(1))) {
        return true;
      }
      if ((w.equals("في") || w.equals("بشان")) && i > c.left()
          && inquiry.contains(text.form(i - 1))) {
        return true; // للتحقيق في هجوم كيميائي: investigated, not carried out, by the subject
      }
    }
    return false;
  }

  /**
   * اتهمت الولايات المتحدة الحكومة السورية بشن هجوم: the last actor between the accusing word
   * and the attack, when it is a verb's object (a second actor after its subject) or a noun's
   * genitive (اتهام الحوثيين بشن); with a subject fronted before the verb its one object, and
   * right before an indefinite predicate noun (X متهم بـ) that subject; {@link #UNNAMED} when no
   * one is named (المشتبه به بتنفيذ الهجوم).
   */
  private Optional<Integer> accused(AnalyzedText text, EntityLayer layer, Found f, Clause c) {
    for (int v = f.start() - 1; v >= Math.max(c.sentenceStart(), f.start() - ACCUSING_REACH);
        v--) {
      if (Tokens.isBreak(text, v)) {
        return Optional.empty();
      }
      String w = text.form(v);
      if (temporal.contains(w)) {
        return Optional.empty(); // يتهم الأسد بـ… بعد هجوم إدلب: the attack is not what is accused
      }
      boolean verb = accusingVerbs.contains(w) || accusingVerbs.contains(withoutWaw(w));
      boolean noun = accusations.contains(w) || accusations.contains(withoutWaw(w))
          || w.startsWith("ال") && accusations.contains(w.substring(2));
      if (!verb && !noun) {
        continue;
      }
      int from = v + 1;
      List<Occurrence> between = Tokens.occurrences(layer, from, f.start()).stream()
          .filter(o -> EntityKinds.isActor(layer, o.entity())
              && obliques.cueBefore(text, layer, o.start(), from).isEmpty())
          .toList();
      if (verb && between.size() == 1
          && actorEndingBefore(layer, v, c.sentenceStart(), FRONTED_REACH).isPresent()) {
        return Optional.of(between.get(0).entity()); // وكانت بريطانيا قد اتهمت روسيا بـ
      }
      Optional<Integer> subject = actorEndingBefore(layer, v, c.sentenceStart(), 0);
      if (noun && between.isEmpty() && !w.startsWith("ال") && subject.isPresent()) {
        return subject; // ونعيم الرحمن متهم بالتخطيط لتفجير: the indefinite predicate's subject
      }
      if (between.isEmpty() || verb && between.size() < 2) {
        return Optional.of(UNNAMED); // اتهمت واشنطن بشن هجوم: the accused is not named
      }
      return Optional.of(between.get(between.size() - 1).entity());
    }
    return Optional.empty();
  }

  /** Words between a fronted subject and its accusing verb or predicate: وكانت بريطانيا قد اتهمت. */
  private static final int FRONTED_REACH = 2;

  /** An actor ending at most {@code reach} words before token {@code v}. */
  private static Optional<Integer> actorEndingBefore(EntityLayer layer, int v, int floor,
      int reach) {
    for (int i = v - 1; i >= Math.max(floor, v - 1 - reach); i--) {
      int e = layer.entityAt(i);
      if (e >= 0) {
        return EntityKinds.isActor(layer, e) ? Optional.of(e) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** الهجوم الذي شنه مسلحون / نفذته حركة الشباب: the subject of the relative clause's verb. */
  private Optional<Integer> relativeClause(AnalyzedText text, EntityLayer layer, Found f,
      Clause c) {
    int i = afterAdjectives(text, layer, f.reach(), c.sentenceEnd(), RELATIVES);
    if (i >= 0 && i + 2 < c.sentenceEnd() && carryOut.contains(text.form(i + 1))) {
      return firstActor(text, layer, i + 2, c.sentenceEnd());
    }
    int v = Frames.definite(text, f) || Frames.possessed(text, f) ? -1
        : bareRelative(text, f.reach(), c.sentenceEnd());
    // سلسلة هجمات شنها التنظيم في أنحاء سوريا: the subject stands at once, or after one noun of
    // means (شنتها طائرات التحالف), never in a phrase that follows
    return v < 0 ? Optional.empty()
        : firstActor(text, layer, v + 1, c.sentenceEnd(), BARE_SUBJECT_REACH);
  }

  /**
   * غارات مكثفة شنها، هجوما على أحد مواقعه شنته: the carrying-out verb of an indefinite noun's
   * relative clause within a few words, with no break, comma or relative pronoun between; −1
   * when none.
   */
  private int bareRelative(AnalyzedText text, int from, int to) {
    for (int i = from; i < Math.min(to, from + BARE_RELATIVE_REACH); i++) {
      String w = text.form(i);
      if (Tokens.isBreak(text, i) || Tokens.isComma(w) || RELATIVES.contains(w)) {
        return -1;
      }
      if (carryOut.contains(w)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * غارات طائرات التحالف، غارة جوية لطائرات التحالف: a noun of force or weapon (with لـ or none)
   * right after the attack noun and its adjectives, and the actor in construct right after it.
   */
  private Optional<Integer> ownerOfMeans(AnalyzedText text, EntityLayer layer, Found f,
      Clause c) {
    for (int i = f.reach(); i < Math.min(c.sentenceEnd() - 1, f.reach() + ADJECTIVES + 1); i++) {
      String w = text.form(i);
      String bare = w.length() > 3 && w.charAt(0) == 'ل' ? w.substring(1) : w;
      if (meansOfForce.contains(w) || meansOfForce.contains(bare)) {
        int e = layer.entityAt(i + 1);
        return e >= 0 && layer.entityAt(i) != e && EntityKinds.isActor(layer, e)
            && !EntityKinds.isCapital(layer, e) && obliques.cueBefore(text, layer, i + 1, i + 1)
                .isEmpty() ? Optional.of(e) : Optional.empty();
      }
      if (!adjectivesOnly(text, i, i + 1) || w.length() < 3 || targetPrepositions.contains(w)
          || cuePrepositionLike(w)) {
        return Optional.empty(); // غارات على تعزيزات الحوثيين: the target's, not the attacker's
      }
    }
    return Optional.empty();
  }

  /** في، على (علي in matching form): a preposition ending like a nisba adjective. */
  private static boolean cuePrepositionLike(String w) {
    return w.equals("في") || w.equals("علي") || w.equals("الي") || w.equals("لدي");
  }

  /** غارات جوية للتحالف: the لـ genitive right after the noun and its adjectives. */
  private Optional<Integer> genitive(AnalyzedText text, EntityLayer layer, Found f, Clause c) {
    for (Occurrence o : Tokens.occurrences(layer, f.reach(),
        Math.min(c.sentenceEnd(), f.reach() + ADJECTIVES + 1))) {
      if (!adjectivesOnly(text, f.reach(), o.start())) {
        return Optional.empty();
      }
      if (EntityKinds.isActor(layer, o.entity()) && !EntityKinds.isCapital(layer, o.entity())
          && obliques.cueBefore(text, layer, o.start(), o.start()).equals("ل")) {
        return Optional.of(o.entity());
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * هجوم لعناصر من حزب العمال، هجوم لمسلحي طالبان: a لـ genitive of a noun of fighters right
   * after the noun and its adjectives; the body they belong to follows من or is their genitive.
   */
  private Optional<Integer> fightersOf(AnalyzedText text, EntityLayer layer, Found f, Clause c) {
    int to = Math.min(c.sentenceEnd(), f.reach() + ADJECTIVES + 1);
    for (int i = f.reach(); i < to; i++) {
      String w = text.form(i);
      if (w.length() > 2 && w.charAt(0) == 'ل' && forces.contains(w.substring(1))) {
        int body = i + 1 < c.sentenceEnd() && text.form(i + 1).equals("من") ? i + 2 : i + 1;
        int e = body < c.sentenceEnd() ? layer.entityAt(body) : -1;
        return e >= 0 && EntityKinds.isActor(layer, e) && !EntityKinds.isCapital(layer, e)
            && (body == i + 1 || layer.entityAt(i + 1) < 0) ? Optional.of(e) : Optional.empty();
      }
      if (!adjectivesOnly(text, i, i + 1)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Tokens after a possessed attack noun its target's preposition may stand: هجومهم الوحشي على. */
  private static final int POSSESSED_TARGET_REACH = 2;

  /**
   * هجومهم على الأيزيديين، بعد شنها هجمات عنيفة عليها: the antecedent of a pronoun naming the
   * attacker, the nearest body or state before it in its clause (no capital; a person's
   * attack told by a pronoun, صعد ترامب هجومه على حلفائه, is mostly words). The possessive of
   * the attack noun names the attacker only when the target follows with على / ضد (otherwise
   * استهدافها may be "targeting it"); the verbal noun of carrying out before the noun (شنها،
   * تنفيذه) has its subject as its possessive, while the same form after the noun is the verb of a
   * relative clause (الهجمات التي شنها), read by {@link #relativeClause}.
   */
  private Optional<Integer> pronounAgent(AnalyzedText text, EntityLayer layer, Found f,
      Clause c) {
    int pronoun;
    if (f.start() > c.sentenceStart()
        && carryingOutPossessed.contains(withoutWaw(text.form(f.start() - 1)))) {
      pronoun = f.start() - 1;
    } else if (Frames.possessed(text, f) && targetFollows(text, layer, f.reach(),
        c.sentenceEnd())) {
      pronoun = f.start();
    } else {
      return Optional.empty();
    }
    for (int i = pronoun - 1; i >= c.sentenceStart(); i--) {
      if (complementizers.contains(text.form(i))) {
        return Optional.empty(); // قال مدير الشبكة لفرانس برس إن … أثناء هجومه: not the teller
      }
      int e = layer.entityAt(i);
      if (e >= 0 && EntityKinds.isActor(layer, e) && !EntityKinds.isCapital(layer, e)
          && !EntityKinds.isPerson(layer, e)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** على / ضد follows within {@link #POSSESSED_TARGET_REACH} adjectives: هجومهم الدامي على. */
  private boolean targetFollows(AnalyzedText text, EntityLayer layer, int from, int to) {
    for (int i = from; i < Math.min(to, from + POSSESSED_TARGET_REACH + 1); i++) {
      if (targetPrepositions.contains(text.form(i))) {
        return true;
      }
      if (layer.entityAt(i) >= 0 || !adjectivesOnly(text, i, i + 1)) {
        return false;
      }
    }
    return false;
  }

  /** لقصف من قبل الجيش، على يد مسلحين: the actor a passive-agent phrase names. */
  private Optional<Integer> passiveAgent(AnalyzedText text, EntityLayer layer, Found f,
      Clause c) {
    int to = Math.min(c.sentenceEnd(), f.reach() + PASSIVE_REACH);
    for (int i = f.reach(); i + 2 < to; i++) {
      if (Tokens.isBreak(text, i)) {
        return Optional.empty();
      }
      int one = passiveAgents.contains(text.form(i)) ? 1 : 0; // بأيدي مسلحين: one word
      if (one == 1 || passiveAgents.contains(text.form(i) + " " + text.form(i + 1))) {
        int e = layer.entityAt(i + 2 - one);
        return e >= 0 && EntityKinds.isActor(layer, e) ? Optional.of(e) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** تبنى تنظيم داعش الهجوم: the subject of a claiming verb before the noun. */
  private Optional<Integer> claimant(AnalyzedText text, EntityLayer layer, Found f, Clause c) {
    for (int v = f.start() - 1; v >= c.left(); v--) {
      String w = text.form(v);
      if (claim.contains(w) || claim.contains(withoutWaw(w))) {
        return firstActor(text, layer, v + 1, f.start());
      }
    }
    return Optional.empty();
  }

  /** The first actor within reach of {@code from} that no preposition governs. */
  private Optional<Integer> firstActor(AnalyzedText text, EntityLayer layer, int from, int to) {
    return firstActor(text, layer, from, to, SUBJECT_REACH);
  }

  /** The first actor starting at most {@code reach} tokens after {@code from}. */
  private Optional<Integer> firstActor(AnalyzedText text, EntityLayer layer, int from, int to,
      int reach) {
    for (Occurrence o : Tokens.occurrences(layer, from, Math.min(to, from + reach + 3))) {
      if (o.start() - from > reach) {
        return Optional.empty();
      }
      if (EntityKinds.isActor(layer, o.entity()) && !EntityKinds.isCapital(layer, o.entity())
          && obliques.cueBefore(text, layer, o.start(), from).isEmpty()) {
        return Optional.of(o.entity());
      }
    }
    return Optional.empty();
  }

  /**
   * The position of a word of {@code wanted} after at most {@link #ADJECTIVES} adjectives from
   * {@code from}, or −1.
   */
  private static int afterAdjectives(AnalyzedText text, EntityLayer layer, int from, int to,
      Set<String> wanted) {
    for (int i = from; i < Math.min(to, from + ADJECTIVES + 1); i++) {
      if (wanted.contains(text.form(i))) {
        return i;
      }
      if (!text.isWord(i) || layer.entityAt(i) >= 0) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Only adjectives stand in [from, to): nisba adjectives (جوية، الإسرائيلي، عسكريا) or the
   * adjectives of attack news (عنيفة، مكثفة), ending in ي / ية / يا / ة.
   */
  private static boolean adjectivesOnly(AnalyzedText text, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = text.form(i);
      if (!text.isWord(i) || !(w.endsWith("ي") || w.endsWith("يه") || w.endsWith("يا")
          || w.endsWith("ه") && w.length() > 3)) {
        return false;
      }
    }
    return true;
  }

  private static String withoutWaw(String w) {
    return w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? w.substring(1) : w;
  }
}
