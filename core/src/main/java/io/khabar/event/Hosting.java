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
 *   <li>with an object pronoun (استضافته، تستضيفها) it is the noun phrase the pronoun refers
 *       back to: an actor right before the verb or its relative pronoun, or a meeting or talks
 *       trigger heading the phrase a few words before (اجتماع رؤساء الأركان الذي تستضيفه الكويت),
 *       makes it a meeting;
 *   <li>otherwise a meeting or talks trigger within a few words makes it one; a definite word
 *       that is no name or title right after the verb is its fronted object (استضاف الندوة
 *       النائب): no meeting; after the verbal noun and its genitive a لـ object is what is
 *       hosted (استضافة البحرين لهذا السباق), and without one the genitive is a party; else an
 *       actor besides the subject must follow the verb within a few words.
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
    boolean masdar = surface.endsWith("ة");
    if (PRONOUNS.stream().anyMatch(form::endsWith) && !masdar) {
      int antecedent = f.start() - 1;
      while (antecedent > sStart && (Tokens.isRelativePronoun(text.form(antecedent))
          || Tokens.isComma(text.form(antecedent)))) {
        antecedent--;
      }
      boolean actor = antecedent >= sStart && layer.entityAt(antecedent) >= 0
          && EntityKinds.isActor(layer, layer.entityAt(antecedent));
      return !actor && !gatheringBefore(found, f.start(), sStart);
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
      // استضاف الرئيس الروسي، فلاديمير بوتين، رئيس الوزراء …: the subject and its apposition
      while (i < sEnd && (layer.entityAt(i) == subject || Tokens.isComma(text.form(i)))) {
        i++;
      }
      if (masdar) {
        // استضافة كوريا للألعاب: a لـ object after the genitive is what is hosted; without one
        // the genitive is the guest or the host (قرار مون استضافة كيم يونج تشول)
        return i < sEnd && text.isWord(i) && layer.entityAt(i) < 0 && text.form(i).startsWith("ل");
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

  /** Tokens before the verb the gathering its pronoun refers to may begin: a long genitive. */
  private static final int ANTECEDENT_REACH = 15;

  /**
   * A meeting or talks trigger within reach before the verb in its sentence: اجتماع رؤساء أركان
   * دول مجلس التعاون … الذي تستضيفه الكويت.
   */
  private static boolean gatheringBefore(List<Found> found, int verb, int sStart) {
    for (Found g : found) {
      if (g.start() < verb && g.start() >= Math.max(sStart, verb - ANTECEDENT_REACH)
          && (g.trigger().type() == EventType.MEETING
              || g.trigger().type() == EventType.NEGOTIATION)) {
        return true;
      }
    }
    return false;
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
