package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.ner.ProcliticStripper;
import io.khabar.token.AnalyzedText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Taking control (سيطرت القوات على، تمكن الجيش من السيطرة على، استعاد السيطرة على، أحكمت سيطرتها
 * على) is a force taking ground, an attack in news of war, only when both are told: a force
 * (قوات، الجيش، مسلحون) stands in the clause before the object, and what is controlled is ground
 * — a named place or a noun of ground (بلدة، معبر، مواقع، جبل). Anywhere else it is control of a
 * market, a fire, a disease or a situation (سيطرت الشركة على السوق، السيطرة على الحريق، سيطرة
 * الأمن على الوضع). The force and ground words are the FORCE and SEIZED_GROUND roles of
 * {@code argument-cues.tsv}, read with a proclitic or the article.
 *
 * <p>Destroying (دمرت قوات التحالف طائرتين دون طيار، أعلن الجيش تدمير مواقع للمسلحين) is the same
 * frame: an attack only when a force stands in the clause (before the verb, or as its subject
 * after it) and what it destroys after the verb is a noun of ground or materiel (DESTROYED_MATERIEL:
 * طائرة، آليات، مخازن، نفق …). A storm, a fire, a war or a policy destroys too (دمر الإعصار مئات
 * المنازل، دمرت الحرب الاقتصاد), and no force is named there; a named country or city destroyed
 * is a figure of speech (تستخدمها الميليشيات في تدمير اليمن). The verbal noun تدمير is not a
 * trigger: news tells it as the result of raids already told (أسفرت الغارات عن تدمير عشرات
 * الآليات). Stateless after construction.
 */
final class Seizing {

  /** What every form of the trigger shares: سيطر، السيطرة، سيطرتها. */
  private static final String CONTROL = "سيطر";
  /** What every form of destroying shares: دمر، دمرت، تدمير. */
  private static final String DESTROY = "دمر";
  /** Tokens after the verb in which the destroying force and what it destroys are told. */
  private static final int DESTROYED_REACH = 10;
  private final Set<String> force;
  private final Set<String> ground;
  private final Set<String> materiel;

  Seizing(TriggerLexicon lexicon) {
    this.force = Set.copyOf(new HashSet<>(lexicon.cues("FORCE")));
    Set<String> g = new HashSet<>(lexicon.cues("SEIZED_GROUND"));
    g.addAll(lexicon.cues("PLACE_UNIT"));
    this.ground = Set.copyOf(g);
    this.materiel = Set.copyOf(new HashSet<>(lexicon.cues("DESTROYED_MATERIEL")));
  }

  /** Whether {@code found.get(k)} is taking control with no force or of no ground. */
  boolean noGroundTaken(AnalyzedText text, EntityLayer layer, List<Found> found, int k) {
    Found f = found.get(k);
    if (f.trigger().type() != EventType.ATTACK) {
      return false;
    }
    if (f.trigger().form().contains(DESTROY)) {
      return !destroyedByForce(text, layer, f);
    }
    if (!f.trigger().form().contains(CONTROL)) {
      return false;
    }
    int on = f.reach() - 1; // the على that ends the trigger
    return !forceBefore(text, f, on) || !groundAfter(text, layer, on + 1);
  }

  /**
   * A force before the verb or right after it (its subject), then ground or materiel after the
   * verb, within the sentence and before a strong break.
   */
  private boolean destroyedByForce(AnalyzedText text, EntityLayer layer, Found f) {
    boolean forceSeen = forceBefore(text, f, f.start());
    int end = Math.min(text.sentenceEnd(text.sentenceOf(f.start())), f.end() + DESTROYED_REACH);
    for (int i = f.end(); i < end && !Tokens.isBreak(text, i); i++) {
      if (!text.isWord(i)) {
        continue;
      }
      if (is(force, text.form(i))) {
        forceSeen = true;
      } else if (forceSeen && (is(materiel, text.form(i)) || is(ground, text.form(i)))) {
        return true;
      }
    }
    return false;
  }

  private boolean forceBefore(AnalyzedText text, Found f, int on) {
    int sentence = text.sentenceOf(f.start());
    int from = Math.max(text.sentenceStart(sentence), f.start() - Frames.LEFT_WINDOW);
    for (int i = from; i < on; i++) {
      if (text.isWord(i) && is(force, text.form(i))) {
        return true;
      }
    }
    return false;
  }

  /** The object right after على is ground: a named place or a noun of ground (كامل، معظم too). */
  private boolean groundAfter(AnalyzedText text, EntityLayer layer, int at) {
    if (at >= text.size() || !text.isWord(at)) {
      return false;
    }
    int e = layer.entityAt(at);
    return e >= 0 ? EntityKinds.isPlace(layer, e) : is(ground, text.form(at));
  }

  private static boolean is(Set<String> words, String w) {
    if (words.contains(w)) {
      return true;
    }
    String bare = ProcliticStripper.withoutOneProclitic(w, 3);
    return words.contains(bare) || bare.startsWith("ال") && words.contains(bare.substring(2))
        || w.startsWith("ال") && words.contains(w.substring(2));
  }
}
