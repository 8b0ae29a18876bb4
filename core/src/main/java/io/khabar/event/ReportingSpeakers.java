package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.ner.Mention;
import io.khabar.text.ArabicNormalizer;
import io.khabar.token.AnalyzedText;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Whoever reports an attack did not carry it out: the speaker of the statement told before an
 * attack in its sentence (وأكد المرصد إعدام التنظيم للشابة بإطلاق النار، وصرح نائب المحافظ بأنه
 * "… اقترب مسلحان وفتحا النار على الحرس") is no agent of it, whatever frame read the speaker
 * into the attack. The speaker stays the agent where the words point back to it: a
 * complementizer carrying a pronoun right before the attack verb (أعلن الجيش أنه قصف مواقع), a
 * subject carrying one (أعلن التحالف أن طائراته قصفت), or a verb of the first person (قال
 * القائد: "قصفنا مواقعهم"), a verbal noun whose subject carries one (مبررة فتح جنودها النار). It
 * stays as well where the attack noun is the speech verb's object right after its subject (its
 * own act announced: أعلن الجيش شن غارات), where the sentence claims or accuses (أعلنت الجماعة
 * مسؤوليتها عن الهجوم، اتهم الجيش إسرائيل بالوقوف وراء هجوم: the frame names the attacker), and
 * where the attack names it in its own frame (في هجوم للجيش التركي); and a force speaking (الجيش،
 * القوات، الشرطة) reports its own fighting (أعلن الجيش مقتل عشرة مسلحين في هجوم على مواقعهم).
 * A call to attack keeps its caller (دعا الجولاني أتباعه إلى شن هجمات), the modality says it
 * was not carried out.
 */
final class ReportingSpeakers {

  /** Tokens before the attack verb a complementizer with a pronoun may stand: أنه قد قصف. */
  private static final int POINTER_REACH = 2;

  private final Cues cues;
  /** Words of claim, accusation or exhortation (CLAIM, ACCUSING_VERB, ACCUSATION, …). */
  private final Set<String> naming;
  /** Nouns of force (FORCE): الجيش، القوات، الشرطة. */
  private final Set<String> forces;

  ReportingSpeakers(Cues cues, TriggerLexicon lexicon) {
    this.cues = cues;
    Set<String> words = new HashSet<>(lexicon.cues("CLAIM"));
    words.addAll(lexicon.cues("ACCUSING_VERB"));
    words.addAll(lexicon.cues("ACCUSATION"));
    words.addAll(lexicon.cues("RESPONSIBILITY"));
    words.addAll(lexicon.cues("EXHORTATION"));
    this.naming = Set.copyOf(words);
    this.forces = lexicon.cues("FORCE");
  }

  Arguments.Roles apply(AnalyzedText text, EntityLayer layer, Found f, Clause c,
      Optional<Governor> governor, Arguments.Roles roles) {
    if (f.trigger().type() != EventType.ATTACK) {
      return roles;
    }
    Optional<Governor> speech = governor.filter(g -> g.sentence() == c.sentence()
        && g.triggerEnd() <= f.start() && g.event().type() == EventType.STATEMENT
        && !g.agents().isEmpty());
    if (roles.agent().isEmpty()) {
      return roles;
    }
    if (speech.isEmpty() || pointedBack(text, layer, f) || claimOrAccusation(text, c, f)
        || ownActAnnounced(text, layer, f, speech.get().triggerEnd())) {
      return roles;
    }
    for (Integer speaker : speech.get().agents()) {
      if (!force(layer, speaker) && Tokens.occurrences(layer, f.start(), c.right()).stream()
          .noneMatch(o -> o.entity() == speaker)) {
        roles.agent().remove(speaker); // في هجوم للجيش التركي: named by the attack itself
      }
    }
    return roles;
  }

  /** Words other than the speaker's name between the speech verb and its own act: مساء الاثنين. */
  private static final int ASIDE_WORDS = 2;

  /**
   * An attack noun that is the speech verb's object right after its subject (أعلن الجيش
   * الإسرائيلي، مساء الاثنين، شن غارات؛ أعلن التحالف عن استهداف مواقع) is the speaker's own act.
   */
  private static boolean ownActAnnounced(AnalyzedText text, EntityLayer layer, Found f,
      int speechEnd) {
    TriggerLexicon.Pos pos = f.trigger().pos();
    if (pos != TriggerLexicon.Pos.MASDAR && pos != TriggerLexicon.Pos.NOUN
        && pos != TriggerLexicon.Pos.PHRASE) {
      return false;
    }
    int words = 0;
    for (int i = speechEnd; i < f.start(); i++) {
      String w = text.form(i);
      if (layer.entityAt(i) >= 0 || Tokens.isComma(w) || w.equals("عن")) {
        continue;
      }
      if (!text.isWord(i) || ++words > ASIDE_WORDS) {
        return false;
      }
    }
    return true;
  }

  /** A force reports its own fighting (أعلن الجيش مقتل عشرة مسلحين في هجوم على مواقعهم). */
  private boolean force(EntityLayer layer, int entity) {
    ArabicNormalizer n = ArabicNormalizer.get();
    for (Mention m : layer.entities().get(entity).mentions()) {
      String first = n.matchingForm(m.text().split(" ")[0]);
      if (forces.contains(first) || forces.contains(Tokens.withoutArticle(first))) {
        return true;
      }
    }
    return false;
  }

  /** أعلنت الجماعة مسؤوليتها عن الهجوم، اتهم الجيش إسرائيل بالوقوف وراء هجوم: the frame names who. */
  private boolean claimOrAccusation(AnalyzedText text, Clause c, Found f) {
    for (int i = c.sentenceStart(); i < f.start(); i++) {
      String w = text.form(i);
      if (naming.contains(w) || w.length() > 2 && w.charAt(0) == 'و'
          && naming.contains(w.substring(1))) {
        return true;
      }
    }
    return false;
  }

  private boolean pointedBack(AnalyzedText text, EntityLayer layer, Found f) {
    if (f.trigger().form().endsWith("نا")) {
      return true; // قصفنا، استهدفنا: we
    }
    for (int i = f.start() - 1; i >= Math.max(0, f.start() - POINTER_REACH); i--) {
      String w = text.form(i);
      if (cues.complementizers.contains(w)
          && (w.endsWith("ه") || w.endsWith("ها") || w.endsWith("هم") || w.endsWith("نا"))) {
        return true; // أعلن الجيش أنه قصف
      }
      if (i == f.start() - 1 && layer.entityAt(i) < 0 && Tokens.pointsBack(text, i)) {
        return true; // أن طائراته قصفت، إن قواتنا استهدفت
      }
      if (!cues.particles.contains(w)) {
        break;
      }
    }
    // فتح جنودها النار: the verbal noun's own subject carries the pronoun
    int next = f.start() + 1;
    return f.trigger().pos() != TriggerLexicon.Pos.PERFECT
        && f.trigger().pos() != TriggerLexicon.Pos.IMPERFECT && next < text.size()
        && layer.entityAt(next) < 0 && Tokens.pointsBack(text, next);
  }
}
