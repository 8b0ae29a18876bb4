package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;

/**
 * Whether a verb's subject is there but names no one we know: a common noun (زار وفد، أكد
 * مصدر، تفيد التقارير), an official or a group unnamed (قال مبعوث الأمم المتحدة، قالت عائلة
 * الصحفية), a plural in ـون (توقع اقتصاديون) or, for a speech verb, a city standing for its
 * government (أعربت موسكو). Then no named entity elsewhere in the clause is made the subject.
 */
final class UnnamedSubjects {

  private final Cues cues;
  private final Obliques obliques;
  private final TitleHeads titleHeads;

  UnnamedSubjects(Cues cues, Obliques obliques, TitleHeads titleHeads) {
    this.cues = cues;
    this.obliques = obliques;
    this.titleHeads = titleHeads;
  }

  /**
   * The verb's subject is there but names no one we know: a common noun (زار وفد، أكد مصدر،
   * تفيد التقارير) or, for a speech verb, a city standing for its government (أعربت موسكو).
   * Then no named entity elsewhere in the clause may be made its subject.
   */
  boolean test(AnalyzedText text, EntityLayer layer, boolean[] inTimex,
      int from, int to, EventType type) {
    if (type == EventType.STATEMENT) {
      // قال مرشح حزب العمّال الذي …: an official unnamed, not the body in his title
      TitleHeads.Titled titled = titleHeads.at(text, layer, from, to);
      if (titled.person().isPresent() || titled.unnamed()) {
        return titled.unnamed();
      }
    }
    for (int i = from; i < Math.min(to, from + 4); i++) {
      if (inTimex[i] || Tokens.isComma(text.form(i))) {
        continue; // زار أمس وفد، أعلن، الخميس، مسؤول
      }
      if (!text.isWord(i)) {
        return false;
      }
      int e = layer.entityAt(i);
      if (e >= 0) {
        return type == EventType.STATEMENT && EntityKinds.isPlace(layer, e)
            && !EntityKinds.isCountry(layer, e)
            && obliques.cueBefore(text, layer, i, from).isEmpty();
      }
      String w = text.form(i);
      if (ownedForce(text, layer, i, to, type)) {
        return false; // شنت طائرات التحالف غارات: the owner of the aircraft is the subject
      }
      if (cues.unnamedAgents.contains(w)
          || w.startsWith("ال") && cues.unnamedAgents.contains(w.substring(2))) {
        return true;
      }
      if (type == EventType.STATEMENT && w.startsWith("ال") && w.length() > 3
          && !titleHeads.ownName(text, layer, i, to, FollowingSubjects.SUBJECT_REACH + 2)) {
        return true; // دعا الحبر الأعظم، تشير الشكوى إلى: a speech verb's definite noun is its subject
      }
      if (type == EventType.STATEMENT && titleHeads.personsGroup(text, layer, i, to)) {
        return true; // قالت عائلة الصحفية، ماري كولفن: the family speaks, unnamed
      }
      if (type == EventType.STATEMENT && TitleHeads.nominativePlural(w)) {
        return true; // توقع اقتصاديون: a plural in ـون is the subject, and names no one
      }
      if (type == EventType.STATEMENT && cues.titleWords.contains(w) && i + 1 < to
          && text.form(i + 1).equals("باسم") && EntityKinds.namedWithin(layer, i + 2, to, 2)) {
        return false; // قال متحدث باسم الحكومة: who speaks in a body's name, the body speaks
      }
      if (type == EventType.STATEMENT && cues.titleWords.contains(w)
          && !EntityKinds.personWithin(layer, i, to, FollowingSubjects.SUBJECT_REACH + 2)) {
        return true; // وقال مبعوث الأمم المتحدة: an envoy unnamed, not the body in his title
      }
      if (!cues.timeCues.contains(w)) {
        return false; // the object, or a preposition: the subject, if any, was named before
      }
    }
    return false;
  }

  /**
   * A noun of force or weapon with an actor as its genitive at once (طائرات التحالف، مدفعية
   * الجيش السوري، عناصر حزب الله): the force is named by its owner, who acts with it. Only where
   * forces act: a delegation's or a source's genitive is not who speaks or visits.
   */
  private boolean ownedForce(AnalyzedText text, EntityLayer layer, int i, int to,
      EventType type) {
    if (type != EventType.ATTACK && type != EventType.DEPLOYMENT
        && type != EventType.WITHDRAWAL || i + 1 >= to || layer.entityAt(i) >= 0
        || !cues.meansOfForce.contains(text.form(i))) {
      return false;
    }
    int e = layer.entityAt(i + 1);
    return e >= 0 && EntityKinds.isActor(layer, e) && !EntityKinds.isCapital(layer, e)
        && obliques.cueBefore(text, layer, i + 1, i + 1).isEmpty();
  }
}
