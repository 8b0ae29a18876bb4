package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.List;
import java.util.Optional;

/**
 * The subject that follows its verb (verb–subject order) or the genitive that follows a verbal
 * noun: the first actor within {@link #SUBJECT_REACH} tokens of the trigger, where only titles,
 * bodies of people, adjectives, commas or a time may stand between (زيارة الرئيس السوري أحمد
 * الشرع); a person named within reach wins over the body in his title, and for a speech verb the
 * title's own name is the speaker.
 */
final class FollowingSubjects {

  /** Tokens between a verb and its subject: الرئيس السوري أحمد الشرع is reached by the entity itself. */
  static final int SUBJECT_REACH = 4;

  private final Cues cues;
  private final Obliques obliques;
  private final TitleHeads titleHeads;

  FollowingSubjects(Cues cues, Obliques obliques, TitleHeads titleHeads) {
    this.cues = cues;
    this.obliques = obliques;
    this.titleHeads = titleHeads;
  }

  /**
   * The subject after the trigger (verb–subject order, or the genitive of a verbal noun): the
   * first actor within reach, but a person named within reach wins over the body in his title
   * (متحدث الكرملين دميتري بيسكوف is Peskov, not the Kremlin). A state or a capital right after the
   * verb is no body in a title but the subject itself, and a person after it is the object
   * (وتتهم واشنطن الرئيس الفنزويلي نيكولاس مادورو); a body there may be a title the name finder
   * read as one (وأضافت البروفيسور ليندا بولد), so the person still wins.
   */
  Optional<Occurrence> read(AnalyzedText text, EntityLayer layer,
      List<Occurrence> after, int triggerEnd, EventType type) {
    if (type == EventType.STATEMENT) {
      // قال منسق الأمم المتحدة للشؤون الإنسانية … جيمي ماكغولدريك: the title's own name
      Optional<Occurrence> titled = titleHeads.at(text, layer, triggerEnd, text.size())
          .person();
      if (titled.isPresent()) {
        return titled;
      }
    }
    Optional<Occurrence> first = Optional.empty();
    for (Occurrence o : after) {
      if (o.start() - triggerEnd > SUBJECT_REACH + 3) {
        break;
      }
      if (!EntityKinds.isActor(layer, o.entity())
          || type == EventType.VISIT && EntityKinds.isPlace(layer, o.entity())) {
        continue; // سيزور دمشق: the place visited is where, never who
      }
      if (first.isEmpty()) {
        if (o.start() - triggerEnd > SUBJECT_REACH
            || obliques.precededBy(text, layer, o.start(), triggerEnd)
            || type == EventType.STATEMENT && titleHeads.objectBetween(text, triggerEnd, o.start())) {
          return Optional.empty();
        }
        first = Optional.of(o);
        if (EntityKinds.isPerson(layer, o.entity())) {
          return Optional.of(titleHeads.appositionHead(text, layer, after, o));
        }
      } else if (EntityKinds.isPerson(layer, o.entity())
          && (first.get().start() > triggerEnd || !EntityKinds.isPlace(layer, first.get().entity()))
          && o.start() - first.get().end() <= 2
          && !obliques.precededBy(text, layer, o.start(), triggerEnd)) {
        return Optional.of(o);
      }
    }
    return first;
  }

  /**
   * The name at {@code start} is the genitive of the verbal noun ending at {@code end}: only a
   * title in apposition or a body of people (زيارة الرئيس السوري أحمد الشرع، انسحاب قوات التحالف)
   * stands between; in إعلان فوز الناشطة
   * نادية مراد the genitive of إعلان is فوز, and the name is فوز's, not the announcer.
   */
  boolean genitiveOf(AnalyzedText text, int end, int start) {
    for (int i = end; i < start; i++) {
      String w = text.form(i);
      String bare = Tokens.withoutArticle(w);
      if (text.isWord(i) && !obliques.isTitleWord(w) && !obliques.isTitleWord(bare)
          && !cues.bodyNouns.contains(bare) && !cues.bodyNouns.contains(w)
          && !w.endsWith("ي") && !w.endsWith("يه") && !w.endsWith("ين")) {
        return false;
      }
    }
    return true;
  }

  /** Only titles, bodies, adjectives, commas or a time stand between a verb and its subject. */
  boolean nextTo(AnalyzedText text, boolean[] inTimex, int end, int start) {
    for (int i = end; i < start; i++) {
      if (!inTimex[i] && !genitiveOf(text, i, i + 1)) {
        return false;
      }
    }
    return true;
  }
}
