package io.khabar.event;

import com.google.common.collect.ImmutableSet;

/**
 * The closed-class words the event stage walks by, one set per role of {@code argument-cues.tsv},
 * in matching form. Read once from the lexicon; immutable.
 */
final class Cues {
  /**
   * أن / إن without a pronoun: the reported clause names its own subject after it (قال كيربي إن
   * الوزيرين اتفقا), so nothing before it is the subject of a verb inside. With a pronoun (إنه)
   * the subject is the one who spoke, so the walk back goes on.
   */
  final ImmutableSet<String> bareThat;
  final ImmutableSet<String> complementizers;
  final ImmutableSet<String> particles;
  final ImmutableSet<String> governingPrepositions;
  final ImmutableSet<String> lightVerbs;
  final ImmutableSet<String> duringIt;
  final ImmutableSet<String> temporalClause;
  final ImmutableSet<String> cuePrepositions;
  final ImmutableSet<String> titleWords;
  final ImmutableSet<String> unnamedAgents;
  final ImmutableSet<String> timeCues;
  final ImmutableSet<String> attributionCues;
  final ImmutableSet<String> negations;
  final ImmutableSet<String> futureCues;
  /** مع، بين: the entity after it is another party. */
  final ImmutableSet<String> partyPrepositions;
  /** إلى، لدى: the entity after it receives. */
  final ImmutableSet<String> addresseePrepositions;
  /** على، ضد، بحق: the entity after it is acted against. */
  final ImmutableSet<String> targetPrepositions;
  /** في، إلى، ب، داخل، قرب: a location after it is where the event happened. */
  final ImmutableSet<String> placePrepositions;
  final ImmutableSet<String> phoneAdverbs;
  final ImmutableSet<String> where;
  /** منذ، خلال، أثناء: a verbal noun after it dates its clause. */
  final ImmutableSet<String> timePrepositions;
  /** كان، سبق: the event is told as already past before the news. */
  final ImmutableSet<String> pastPerfect;
  /** شمال، ريف، مدينة، العاصمة: a noun heading a place phrase (PLACE words of one token). */
  final ImmutableSet<String> placeNouns;
  /** يومها، حينها، آنذاك: "then", a time the text told before. */
  final ImmutableSet<String> then;
  /** قوات، وفد، برئاسة: a body of people between a verbal noun and the name it acts for. */
  final ImmutableSet<String> bodyNouns;

  Cues(TriggerLexicon lexicon) {
    this.bareThat = lexicon.cues("BARE_THAT");
    this.complementizers = lexicon.cues("COMPLEMENTIZER");
    this.particles = lexicon.cues("PARTICLE");
    this.governingPrepositions = lexicon.cues("GOVERNING");
    this.lightVerbs = lexicon.cues("LIGHT_VERB");
    this.duringIt = lexicon.cues("DURING_IT");
    this.temporalClause = lexicon.cues("TEMPORAL_CLAUSE");
    this.cuePrepositions = lexicon.cues("CUE_PREPOSITION");
    this.titleWords = lexicon.cues("TITLE_WORD");
    this.unnamedAgents = lexicon.cues("UNNAMED_AGENT");
    this.timeCues = lexicon.cues("TIME");
    this.attributionCues = lexicon.cues("ATTRIBUTION");
    this.negations = lexicon.negations();
    this.futureCues = lexicon.futureCues();
    this.partyPrepositions = lexicon.cues("PARTY_PREPOSITION");
    this.addresseePrepositions = lexicon.cues("ADDRESSEE_PREPOSITION");
    this.targetPrepositions = lexicon.cues("TARGET_PREPOSITION");
    this.placePrepositions = lexicon.cues("PLACE_PREPOSITION");
    this.phoneAdverbs = lexicon.cues("PHONE_ADVERB");
    this.where = lexicon.cues("WHERE");
    this.timePrepositions = lexicon.cues("TIME_PREPOSITION");
    this.pastPerfect = lexicon.cues("PAST_PERFECT");
    this.then = lexicon.cues("THEN");
    this.bodyNouns = lexicon.cues("BODY_NOUN");
    this.placeNouns = ImmutableSet.copyOf(lexicon.cues("PLACE").stream()
        .filter(w -> w.length() > 2 && !lexicon.cues("PLACE_PREPOSITION").contains(w)).toList());
  }
}
