package io.khabar.event;

import com.google.common.collect.ImmutableSet;
import java.util.Set;

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
  final Set<String> bareThat;
  final Set<String> complementizers;
  final Set<String> particles;
  final Set<String> governingPrepositions;
  final Set<String> lightVerbs;
  final Set<String> duringIt;
  final Set<String> temporalClause;
  final Set<String> cuePrepositions;
  final Set<String> titleWords;
  final Set<String> unnamedAgents;
  final Set<String> companyKinds;
  final Set<String> personKinds;
  final Set<String> timeCues;
  final Set<String> attributionCues;
  final Set<String> negations;
  final Set<String> futureCues;
  /** مع، بين: the entity after it is another party. */
  final Set<String> partyPrepositions;
  /** إلى، لدى: the entity after it receives. */
  final Set<String> addresseePrepositions;
  /** على، ضد، بحق: the entity after it is acted against. */
  final Set<String> targetPrepositions;
  /** في، إلى، ب، داخل، قرب: a location after it is where the event happened. */
  final Set<String> placePrepositions;
  final Set<String> phoneAdverbs;
  final Set<String> where;
  /** منذ، خلال، أثناء: a verbal noun after it dates its clause. */
  final Set<String> timePrepositions;
  /** كان، سبق: the event is told as already past before the news. */
  final Set<String> pastPerfect;
  /** شمال، ريف، مدينة، العاصمة: a noun heading a place phrase (PLACE words of one token). */
  final Set<String> placeNouns;
  /** يومها، حينها، آنذاك: "then", a time the text told before. */
  final Set<String> then;
  /** قوات، وفد، برئاسة: a body of people between a verbal noun and the name it acts for. */
  final Set<String> bodyNouns;
  /** وفد، الوفود: a delegation, acting for whom it comes from (see {@link Delegations}). */
  final Set<String> delegationNouns;
  /** شمال، جنوب، قرب، أطراف: a noun of direction or nearness that locates with no preposition. */
  final Set<String> locativeNouns;
  /** مؤتمر، القمة، المنتدى: a gathering a statement may be made in (خلال مؤتمر صحفي في أنقرة). */
  final Set<String> gatherings;
  /** المنعقد، المقامة: the participle that tells where a gathering is held, after a comma. */
  final Set<String> held;
  /** ريف، محافظة، مدينة: a noun of a place's land or unit (ريف درعا lies in درعا). */
  final Set<String> placeUnits;
  /** هامش: على هامش X في Y, the gathering whose place is the event's. */
  final Set<String> sidelines;
  /** لدى، عند، فور: with ARRIVAL, the time of an arrival (لدى وصوله إلى بغداد). */
  final Set<String> upon;
  /** وصوله، وصول: an arrival, whose destination is where an event upon it happened. */
  final Set<String> arrival;
  /** وذلك: a phrase after it tells the setting of the whole statement before it. */
  final Set<String> backReference;
  /** أدان، ندد، استنكر: a verb that judges someone else's act, never announces its own. */
  final Set<String> condemning;
  /** منذ: opens a clause of its own; a date after its noun or verb dates that clause. */
  final Set<String> since;
  /** أمام، خلال، أثناء: an event noun after it is the setting of the verb governing it. */
  final Set<String> setting;
  /** قوات، طائرات، مدفعية، رصاص: a noun of force or weapon, whose owner acts with it. */
  final Set<String> meansOfForce;
  /** نيران، رصاص: a noun of the means of attack, whose owner alone is its agent. */
  final Set<String> attackMeans;
  /** شنه، نفذته: the verb of an attack noun's relative clause, with the noun's pronoun. */
  final Set<String> carryOut;
  /** زيارة، لقاء، اتصال: a verbal noun whose genitive is who does it (زيارة ماكرون إلى الصين). */
  final Set<String> doerGenitive;
  /** جرى، انعقد، جمع: the verb of a relative clause telling that the event noun took place. */
  final Set<String> happened;
  /** الموالية، المدعومة: the name after it (لـ، من) backs a party and is none itself. */
  final Set<String> allegiance;
  /** الحدود، الحدودية: a border, whose مع / بين names the places it bounds. */
  final Set<String> frontiers;

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
    this.companyKinds = lexicon.cues("COMPANY_KIND");
    this.personKinds = lexicon.cues("PERSON_KIND");
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
    this.delegationNouns = lexicon.cues("DELEGATION");
    this.locativeNouns = lexicon.cues("LOCATIVE_NOUN");
    this.sidelines = lexicon.cues("SIDELINES");
    this.upon = lexicon.cues("UPON");
    this.arrival = lexicon.cues("ARRIVAL");
    this.backReference = lexicon.cues("BACK_REFERENCE");
    this.condemning = lexicon.cues("CONDEMNING");
    this.since = lexicon.cues("SINCE");
    this.setting = lexicon.cues("SETTING");
    this.doerGenitive = lexicon.cues("DOER_GENITIVE");
    this.happened = lexicon.cues("HAPPENED");
    this.allegiance = lexicon.cues("ALLEGIANCE");
    this.frontiers = lexicon.cues("FRONTIER");
    this.placeUnits = lexicon.cues("PLACE_UNIT");
    this.gatherings = lexicon.cues("GATHERING");
    this.held = lexicon.cues("HELD");
    Set<String> force = new java.util.HashSet<>(lexicon.cues("FORCE"));
    force.addAll(lexicon.cues("WEAPON"));
    this.meansOfForce = ImmutableSet.copyOf(force);
    this.attackMeans = lexicon.cues("ATTACK_MEANS");
    this.carryOut = lexicon.cues("CARRY_OUT");
    this.placeNouns = ImmutableSet.copyOf(lexicon.cues("PLACE").stream()
        .filter(w -> w.length() > 2 && !lexicon.cues("PLACE_PREPOSITION").contains(w)).toList());
  }
}
