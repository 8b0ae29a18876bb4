package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.List;
import java.util.Set;

/**
 * استضاف "hosted" is a meeting when it hosts a party (استضاف القذافي تيموشينكو) or a gathering
 * of parties (تستضيف أبوظبي الاجتماع السنوي، اجتماع استضافته فرنسا); hosting a competition, a
 * seminar, bases or videos (تستضيف جدة الهاكاثون، استضافة كوريا للألعاب، استضاف الندوة النائب …)
 * tells no meeting. What is hosted is read from the verb's frame:
 * <ul>
 *   <li>with an object pronoun (استضافته، تستضيفها) it is the noun the pronoun refers back to,
 *       right before the verb or before its relative pronoun and the noun's adjectives: a meeting
 *       or talks trigger (or one in construct with it: قمة العشرين التي استضافتها), or an actor,
 *       makes it a meeting;
 *   <li>otherwise a meeting or talks trigger within a few words makes it one; a definite word
 *       that is no name or title right after the verb is its fronted object (استضاف الندوة
 *       النائب): no meeting; else an actor besides the subject must follow within a few words.
 * </ul>
 * The titles are the TITLE_WORD role of {@code argument-cues.tsv}.
 */
final class Hosting {

  /** What the hosting verb's and its verbal noun's forms share (استضاف، تستضيف، استضافة). */
  private static final String HOSTED = "ستضا";
  private static final String HOSTS = "ستضي";
  /** Object pronouns ending the verb (matching form). */
  private static final List<String> PRONOUNS = List.of("هما", "هم", "ها", "ه");
  /** Tokens after the subject within which the hosted party or gathering stands. */
  private static final int OBJECT_REACH = 4;

  private static final Set<String> RELATIVES = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين");

  private final Set<String> titles;

  Hosting(Cues cues) {
    this.titles = cues.titleWords;
  }

  /** Whether {@code found.get(k)} is hosting something other than a party or a gathering. */
  boolean hostsNoParty(AnalyzedText text, EntityLayer layer, List<Found> found, int k) {
    Found f = found.get(k);
    String form = f.trigger().form();
    if (f.trigger().type() != EventType.MEETING || !form.contains(HOSTED) && !form.contains(HOSTS)) {
      return false;
    }
    int sentence = text.sentenceOf(f.start());
    int sStart = text.sentenceStart(sentence);
    int sEnd = text.sentenceEnd(sentence);
    String surface = text.surface(f.start());
    if (PRONOUNS.stream().anyMatch(form::endsWith) && !surface.endsWith("ة")) {
      int antecedent = f.start() - 1;
      if (antecedent > sStart && RELATIVES.contains(text.form(antecedent))) {
        antecedent--;
      }
      while (antecedent > sStart && layer.entityAt(antecedent) < 0 && isAdjective(text, antecedent)
          && !gatheringAt(found, antecedent)) {
        antecedent--; // الاجتماع الوزاري الذي استضافته
      }
      boolean party = antecedent >= sStart && (gatheringAt(found, antecedent)
          || antecedent > sStart && gatheringAt(found, antecedent - 1) // قمة العشرين التي استضافتها
          || layer.entityAt(antecedent) >= 0
          && EntityKinds.isActor(layer, layer.entityAt(antecedent)));
      return !party;
    }
    int i = f.reach();
    for (int j = i; j < Math.min(sEnd, i + OBJECT_REACH + 2); j++) {
      if (Tokens.isBreak(text, j)) {
        break;
      }
      if (gatheringAt(found, j)) {
        return false; // تستضيف العاصمة أبوظبي الاجتماع السنوي
      }
    }
    if (i < sEnd && text.isWord(i) && layer.entityAt(i) < 0 && text.form(i).startsWith("ال")
        && !titles.contains(text.form(i))) {
      return true; // استضاف الندوة النائب …: the seminar is what was hosted
    }
    int subject = i < sEnd ? layer.entityAt(i) : -1;
    if (subject >= 0) {
      while (i < sEnd && layer.entityAt(i) == subject) {
        i++;
      }
    }
    for (int j = i; j < Math.min(sEnd, i + OBJECT_REACH); j++) {
      if (Tokens.isBreak(text, j)) {
        break;
      }
      int e = layer.entityAt(j);
      if (e >= 0 && e != subject && EntityKinds.isActor(layer, e)) {
        return false;
      }
    }
    return true;
  }

  /** A definite adjective (nisba) of the noun before it: الوزاري، السنوي. */
  private static boolean isAdjective(AnalyzedText text, int i) {
    String w = text.form(i);
    return text.isWord(i) && w.startsWith("ال") && (w.endsWith("ي") || w.endsWith("يه"));
  }

  /** A meeting or talks trigger starts at token {@code i}. */
  private static boolean gatheringAt(List<Found> found, int i) {
    for (Found g : found) {
      if (g.start() == i && (g.trigger().type() == EventType.MEETING
          || g.trigger().type() == EventType.NEGOTIATION)) {
        return true;
      }
    }
    return false;
  }
}
