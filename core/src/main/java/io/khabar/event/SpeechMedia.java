package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.Set;

/**
 * Who speaks is never named only as where it was said or whom it was told to: a news medium
 * that in the statement's sentence stands only after لـ (في تصريح لـCNN، قال شاهد لـ«رويترز»; but
 * بيان للخارجية is the ministry's own), or a name that stands only after عبر or after a medium noun
 * governed by a preposition (كتب على موقع تويتر، عبر حسابه على إنستغرام، بموقع التواصل الاجتماعي،
 * تويتر; the MEDIUM role of {@code argument-cues.tsv}), is the medium or the addressee, and is no
 * speaker. As the subject the same noun names a speaker: قال موقع «واي نت» إن … A name that also stands free in the sentence (قالت شركة تويتر … على موقعها) may still
 * speak. A medium's reporter (مراسل «سكاي نيوز») or a press noun before a place (راديو إسرائيل)
 * speaks for no one named: neither the channel nor the state is the speaker. Stateless and
 * thread-safe.
 */
final class SpeechMedia {

  /** Prepositions before a medium noun: على موقع، في صفحته، عبر حسابه (matching forms). */
  private static final Set<String> PLACE_CUES = Set.of("علي", "في", "عبر");

  /** Words between a medium noun and the platform's name: موقع التواصل الاجتماعي، تويتر. */
  private static final int MEDIUM_REACH = 4;

  private final Obliques obliques;
  private final Set<String> media;
  /** Nouns of the press: صحيفة، وكالة، قناة، موقع (the PRESS role). */
  private final Set<String> press;
  /** Reporters of a medium: مراسل، مراسلة (the REPORTER role). */
  private final Set<String> reporters;

  SpeechMedia(Obliques obliques, TriggerLexicon lexicon) {
    this.obliques = obliques;
    this.media = lexicon.cues("MEDIUM");
    this.press = lexicon.cues("PRESS");
    this.reporters = lexicon.cues("REPORTER");
  }

  /** Removes from {@code speakers} the entities the sentence names only as a medium. */
  void removeFrom(AnalyzedText text, EntityLayer layer, int sentence, Set<Integer> speakers) {
    if (speakers.isEmpty()) {
      return;
    }
    int from = text.sentenceStart(sentence);
    int to = text.sentenceEnd(sentence);
    speakers.removeIf(e -> onlyAsMedium(text, layer, e, from, to));
  }

  /**
   * Removes from {@code speakers} the news media: the source credited by a verb after بحسب ما،
   * حسبما، وفقا لما (بحسب ما أفادت وكالة رويترز) is a source, not a speaker, when it is an agency,
   * paper or channel: known as one, or named after a press noun (صحيفة «الغارديان»، موقع «واللا»).
   * A person, state or other body credited so made the statement.
   */
  void removeNewsMedia(AnalyzedText text, EntityLayer layer, int sentence, int verbEnd,
      Set<Integer> speakers) {
    int from = text.sentenceStart(sentence);
    int to = text.sentenceEnd(sentence);
    speakers.removeIf(e -> isNewsMedium(layer, e) || namedAsPress(text, layer, e, from, to)
        || pressBefore(text, layer, e, verbEnd, to));
  }

  /**
   * A press noun stands between the source verb and the name: وفق ما ذكرت وكالة «يونهاب» للأنباء
   * في كوريا الجنوبية credits the agency, and the name after it is only its genitive or place.
   */
  private boolean pressBefore(AnalyzedText text, EntityLayer layer, int entity, int verbEnd,
      int to) {
    for (int i = verbEnd; i < to && layer.entityAt(i) != entity; i++) {
      String w = text.form(i);
      if (press.contains(w) || w.startsWith("ال") && press.contains(w.substring(2))) {
        return true;
      }
    }
    return false;
  }

  /** Every occurrence of the entity in the sentence follows a press noun, across quotes. */
  private boolean namedAsPress(AnalyzedText text, EntityLayer layer, int entity, int from,
      int to) {
    boolean seen = false;
    for (int i = from; i < to; i++) {
      if (layer.entityAt(i) != entity || i > from && layer.entityAt(i - 1) == entity) {
        continue;
      }
      int k = i - 1;
      while (k >= from && Tokens.isQuote(text.form(k))) {
        k--;
      }
      String w = k >= from ? text.form(k) : "";
      String bare = Tokens.withoutArticle(w);
      if (!press.contains(w) && !press.contains(bare)) {
        return false;
      }
      seen = true;
    }
    return seen;
  }

  private boolean onlyAsMedium(AnalyzedText text, EntityLayer layer, int entity, int from,
      int to) {
    boolean seen = false;
    for (int i = from; i < to; i++) {
      if (layer.entityAt(i) != entity || i > from && layer.entityAt(i - 1) == entity) {
        continue; // not the start of an occurrence
      }
      seen = true;
      if (!asMedium(text, layer, i, from)) {
        return false;
      }
    }
    return seen;
  }

  /** The knowledge base's subtype of news agencies, papers and broadcasters. */
  private static final String NEWS_MEDIUM = "agency";

  private static boolean isNewsMedium(EntityLayer layer, int entity) {
    return layer.linked(entity).flatMap(k -> k.subtype()).filter(NEWS_MEDIUM::equals).isPresent();
  }

  private boolean asMedium(AnalyzedText text, EntityLayer layer, int start, int from) {
    String cue = obliques.cueBefore(text, layer, start, from);
    if (cue.equals("ل") && isNewsMedium(layer, layer.entityAt(start))) {
      return true;
    }
    int k = start - 1;
    while (k > from && Tokens.isQuote(text.form(k))) {
      k--;
    }
    String head = k >= from ? text.form(k) : "";
    if (reporters.contains(head) || press.contains(head)
        && EntityKinds.isPlace(layer, layer.entityAt(start))) {
      // مراسل «سكاي نيوز»: the reporter speaks, not his channel; راديو إسرائيل: the radio,
      // not the state it broadcasts from
      return true;
    }
    for (int i = start - 1; i >= Math.max(from, start - MEDIUM_REACH); i--) {
      String w = text.form(i);
      if (w.equals("عبر")) {
        return true; // عبر تويتر، عبر حسابه على فيسبوك
      }
      String bare = w.length() > 3 && w.charAt(0) == 'ب' ? w.substring(1) : w;
      if (media.contains(bare)) {
        // على موقع تويتر، بموقع التواصل الاجتماعي، تويتر: the noun after a preposition
        return bare.length() < w.length() || i > from && PLACE_CUES.contains(text.form(i - 1));
      }
      if (!(Tokens.isComma(w) || Tokens.isQuote(w) || w.startsWith("ال")
          || PLACE_CUES.contains(w))) {
        return false; // only the medium's own words stand between: no verb, no other phrase
      }
    }
    return false;
  }
}
