package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.ner.ProcliticStripper;
import io.khabar.text.ArabicNormalizer;
import io.khabar.token.AnalyzedText;
import java.util.List;

/**
 * Which cue governs an entity: its own proclitic (ب، ل، و) or the preposition word before it
 * (مع، إلى، في، على، بين …), possibly across a title in apposition (مع نظيره الروسي سيرغي
 * لافروف) or a place noun (في شمال العراق، في ريف دمشق). An entity with no cue can be a subject or a direct object; one after a cue is an
 * oblique, whose role the cue names. A source after بحسب / وفق is no argument at all.
 */
final class Obliques {

  private static final int TITLE_REACH = 4;

  private final Cues cues;
  private final Frames frames;

  Obliques(Cues cues, Frames frames) {
    this.cues = cues;
    this.frames = frames;
  }

  /** Entity occurrences in [from, to) less the sources (ووفق «أسوشييتد برس»، بحسب وكالة سانا). */
  List<Occurrence> actorsOrPlaces(AnalyzedText text, EntityLayer layer, int from, int to) {
    List<Occurrence> os = Tokens.occurrences(layer, from, to);
    os.removeIf(o -> frames.attributed(text, o.start(), from));
    return os;
  }

  /** True when a preposition stands between the trigger and the entity at {@code start}. */
  boolean precededBy(AnalyzedText text, EntityLayer layer, int start, int triggerEnd) {
    return !cueBefore(text, layer, start, triggerEnd).isEmpty();
  }

  /**
   * The cue governing the entity at token {@code start}: its own proclitic (ب، ل، و) or the
   * preposition word right before it (مع، إلى، في، على، بين …); empty if none.
   */
  String cueBefore(AnalyzedText text, EntityLayer layer, int start, int floor) {
    String own = ownProclitic(text, layer, start);
    if (!own.isEmpty()) {
      return own;
    }
    // the cue may stand before a title in apposition: مع نظيره الروسي سيرغي لافروف
    for (int i = start - 1; i >= Math.max(floor, start - TITLE_REACH); i--) {
      String prev = text.form(i);
      if (cues.cuePrepositions.contains(prev)) {
        return prev;
      }
      String bare = ProcliticStripper.withoutConjunction(prev, 1);
      if (bare.length() < prev.length() && cues.cuePrepositions.contains(bare)) {
        return bare; // وفي واشنطن، ومع نظيره: the conjunction joins the phrase, في governs
      }
      if (prev.equals("و")) {
        return "و";
      }
      if (Tokens.isQuote(prev)) {
        continue; // وقائد "قسد": a quoted name
      }
      if (!text.isWord(i)) {
        return "";
      }
      if (prev.length() > 3 && "بلو".indexOf(prev.charAt(0)) >= 0
          && isTitleWord(prev.substring(1))) {
        return prev.substring(0, 1); // بنظيره، لوزير، والرئيس
      }
      if (!isTitleWord(prev) && !isTitleWord(Tokens.withoutArticle(prev))
          && !prev.endsWith("ي") && !prev.endsWith("يه")) {
        return ""; // neither a title nor a nisba adjective (الروسي): the cue is not this entity's
      }
    }
    return "";
  }

  /**
   * The proclitic written on the entity's own first word (بدمشق، لموسكو، والشرع), read from where
   * the mention starts inside the token; the letter nearest the name decides (وبدمشق → ب).
   */
  private static String ownProclitic(AnalyzedText text, EntityLayer layer, int start) {
    int mention = layer.mentionStartAt(start);
    if (mention <= text.start(start)) {
      return "";
    }
    String stripped = ArabicNormalizer.get().matchingForm(
        text.text().substring(text.start(start), mention));
    return stripped.isEmpty() ? "" : stripped.substring(stripped.length() - 1);
  }

  /** A word of a title in apposition before a name: نظيره، الرئيس، وزير، الخارجية … */
  boolean isTitleWord(String form) {
    return cues.titleWords.contains(form) || cues.placeNouns.contains(form);
  }
}
