package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.ner.ProcliticStripper;
import io.khabar.token.AnalyzedText;
import java.util.Set;

/**
 * A verb of arriving (وصل إلى) tells a visit only when someone travels there to be received:
 * <ul>
 *   <li>an imperfect of purpose (أنقرة تريد التوسع لتصل إلى الحدود) tells an aim, no arrival;
 *   <li>forces reaching the outskirts or the borders of a place (وصلت القوات إلى مشارف المدينة)
 *       advance, they do not visit;
 *   <li>a subject of armed forces (وصلت القوات التركية) or a place standing for its state (تصل
 *       أنقرة إلى) is no visitor: a visit needs a person, a delegation or an official body.
 * </ul>
 * The frontier and force nouns are roles of {@code argument-cues.tsv}.
 */
final class MotionSenses {

  /** Tokens between the verb and its إلى: a subject or a time (ووصلت السبت إلى). */
  private static final int DESTINATION_REACH = 6;

  private final Set<String> frontiers;
  private final Set<String> forces;

  MotionSenses(TriggerLexicon lexicon) {
    this.frontiers = lexicon.cues("FRONTIER");
    this.forces = lexicon.cues("FORCE");
  }

  /** False when an arrival tells no visit: an aim, an advance, or no traveller of rank. */
  boolean holds(AnalyzedText text, EntityLayer layer, Found f, Set<Integer> agents) {
    if (f.trigger().type() != EventType.VISIT || !arrival(f)) {
      return true;
    }
    if (f.trigger().pos() != TriggerLexicon.Pos.PERFECT
        && Tokens.proclitics(text, f).indexOf('ل') >= 0) {
      return false; // لتصل إلى الحدود: the aim of something else
    }
    if (toFrontier(text, f)) {
      return false;
    }
    if (agents.isEmpty()) {
      return true;
    }
    for (int e : agents) {
      if (!EntityKinds.isPlace(layer, e) && !force(text, layer, e)) {
        return true;
      }
    }
    return false;
  }

  /** Imperfect forms of وصل, with the future prefix: يصل، تصلان، سيصل. */
  private static final java.util.regex.Pattern IMPERFECT_ARRIVAL =
      java.util.regex.Pattern.compile("س?[يتن]صل");

  /** The form is one of وصل "arrived": يصل، وصلت إلى، سيصل. */
  private static boolean arrival(Found f) {
    String form = f.trigger().form();
    int space = form.indexOf(' ');
    String verb = space < 0 ? form : form.substring(0, space);
    return verb.startsWith("وصل") || IMPERFECT_ARRIVAL.matcher(verb).lookingAt();
  }

  /** The destination after إلى is the outskirts or the borders of a place. */
  private boolean toFrontier(AnalyzedText text, Found f) {
    int sentenceEnd = text.sentenceEnd(text.sentenceOf(f.start()));
    int from = f.start() + 1;
    for (int i = from; i < Math.min(sentenceEnd - 1, from + DESTINATION_REACH); i++) {
      if (Tokens.isBreak(text, i)) {
        return false;
      }
      String w = text.form(i);
      if (w.equals("الي")) {
        return frontiers.contains(text.form(i + 1))
            || frontiers.contains(ProcliticStripper.withoutConjunction(text.form(i + 1), 3));
      }
    }
    return false;
  }

  /** The entity names armed forces: it begins with a force noun or follows one (قوات النظام). */
  private boolean force(AnalyzedText text, EntityLayer layer, int entity) {
    for (int i = 0; i < text.size(); i++) {
      if (layer.entityAt(i) == entity && (i == 0 || layer.entityAt(i - 1) != entity)) {
        if (forces.contains(text.form(i)) || i > 0 && forces.contains(text.form(i - 1))) {
          return true;
        }
      }
    }
    return false;
  }
}
