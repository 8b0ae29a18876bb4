package io.khabar.ner;

import io.khabar.kb.KnowledgeBase;
import io.khabar.kb.NameTransliterator;
import io.khabar.kb.TitleResolver;
import io.khabar.text.Span;
import io.khabar.token.AnalyzedText;
import io.khabar.token.CliticSegmenter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

/**
 * Finds the entities of one document and merges their mentions, in steps each stated in its
 * class.
 *
 * <p>Sources propose mentions: the knowledge base's names ({@link KbCandidates}), title
 * references resolved through roles at the publication date ({@link TitleCandidates}: "الرئيس
 * السوري" is whoever held the office then), the statistical name finder for the names the base
 * lacks ({@link ModelCandidates}; no common word's shape, {@link CommonWordPersons}; a known
 * person's name spelt with a long vowel more or less is that person, {@link SpellingVariants}),
 * a body's name in quotes ({@link QuotedBodies}) and a body's
 * noun phrase ({@link BodyPhrases}: وزارة الصحة السعودية، شركة أبل), an unseen word coordinated
 * with a known organisation ({@link CoordinatedBodies}: فيسبوك أو انستغرام); a known body's name
 * written in full is its mention ({@link BodyExtents}: المجلس الاحتياطي الفدرالي); an acronym
 * spelt in letter names with dots is one name ({@link DottedAcronyms}: سي.بي.إس), and so is a web outlet's
 * address ({@link WebOutlets}: العربية.نت); a city the context names as a
 * team is its club ({@link CityClubs}: فاز برشلونة على روما); a name inside a time expression
 * yields to it ({@link TimeOverlaps}).
 *
 * <p>The naming rules of Arabic news then shape them: {@link SharedFamilyNames} (people who
 * share a family name), {@link OrdinaryWordNames} (names that are also ordinary words), {@link
 * TitlePrefix} (titles are TITLE mentions, never inside a name), {@link NasabChain} (X بن Y آل Z
 * is one name); {@link Overlaps} keeps the longer span and, at equal length, the knowledge
 * base's; {@link TeamSheets} reads the clubs in brackets after players' names (محمود حسن
 * (قاسم باشا)); {@link CompassPlaces} joins a compass word to a place (أيرلندا الشمالية، شرق
 * أفريقيا); {@link FacilityNames} a facility's head to its name (ميناء حمد الدولي); {@link
 * ConventionExtents} cuts descriptions off names (بازل السويسري، نهر دجلة، … التابع للأمم
 * المتحدة); {@link HashtagNames} ends a name with its hashtag (#سعاد_عبدالله); {@link
 * PersonNameExtent} completes unknown people's names the model cut short (هارفي واينستين);
 * {@link DocumentClitics} reads a proclitic off an unknown name found bare elsewhere in the
 * document (لغوينث), and {@link NameInitialLetters} gives a name back the letter و the
 * segmenter took off when the document always writes it (ويتهورن); {@link PhotoCredits} drops
 * caption credits; {@link FamilyNames} (a known person's family name alone; {@link
 * UnknownFamilyNames} the same for the name finder's people: ألستون after فيليب ألستون), {@link
 * WorkTitles} (works, products and competitions are MISC: فيلم
 * "أيرون مان"، دوري أبطال أوروبا), {@link CategoryHeads} (diseases, currencies … are MISC),
 * {@link GroupHeads} (ميليشيات الحوثي is a group, not a person), {@link BodyShortForms} (a
 * body's leading words down to a place are the body found in full elsewhere in the document:
 * موانئ دبي after موانئ دبي العالمية), {@link Kingdom}
 * (المملكة), {@link Appositions} (a title before a name is that person's) and finally {@link
 * MentionMerger} forms the entities. Immutable and thread-safe.
 */
public final class EntityRecognizer {

  private final KnowledgeBase kb;
  private final TitleResolver titles;
  private final Optional<ArabicNameFinder> model;
  private final NameWords words;
  private final KbCandidates kbCandidates;
  private final TitleCandidates titleCandidates;
  private final ModelCandidates modelCandidates;
  private final BodyPhrases bodyPhrases;
  private final CoordinatedBodies coordinatedBodies;
  private final CommonWordPersons commonWordPersons;
  private final PersonNameExtent personExtent;
  private final SpellingVariants spellingVariants;
  private final MentionMerger merger;

  public EntityRecognizer(KnowledgeBase kb, TitleResolver titles, Optional<ArabicNameFinder> model,
      CliticSegmenter segmenter, NameTransliterator transliterator) {
    this.kb = Objects.requireNonNull(kb, "kb");
    this.titles = Objects.requireNonNull(titles, "titles");
    this.model = Objects.requireNonNull(model, "model");
    this.words = new NameWords(kb, segmenter, transliterator);
    this.kbCandidates = new KbCandidates(kb);
    this.titleCandidates = new TitleCandidates(titles);
    this.modelCandidates = new ModelCandidates(kb, words);
    this.bodyPhrases = new BodyPhrases(kb, words);
    this.coordinatedBodies = new CoordinatedBodies(words);
    this.commonWordPersons = new CommonWordPersons(kb, words);
    this.personExtent = new PersonNameExtent(kb, words);
    this.spellingVariants = new SpellingVariants(kb);
    this.merger = new MentionMerger(kb, transliterator);
  }

  /** The entities of {@code text}; {@code published} resolves titles and ambiguous names. */
  public EntityLayer recognize(AnalyzedText text, Optional<LocalDate> published) {
    return recognize(text, published, List.of());
  }

  /**
   * The entities of {@code text}, whose time expressions cover the char spans {@code times}: a
   * name inside one yields to it ({@link TimeOverlaps}: نيسان the month, not Nissan).
   */
  public EntityLayer recognize(AnalyzedText text, Optional<LocalDate> published,
      List<Span> times) {
    Objects.requireNonNull(times, "times");
    IntUnaryOperator proclitics = i -> words.procliticChars(text, i);
    List<Candidate> candidates = new ArrayList<>();
    kbCandidates.add(text, candidates);
    published.ifPresent(date -> titleCandidates.add(text, date, candidates));
    model.ifPresent(finder -> modelCandidates.add(text, finder, candidates));
    spellingVariants.link(text, candidates);
    QuotedBodies.add(text, candidates);
    bodyPhrases.add(text, candidates);
    coordinatedBodies.add(text, candidates);
    BodyExtents.apply(text, candidates, proclitics,
        words::isKnownNameWord);
    DottedAcronyms.apply(text, candidates);
    WebOutlets.apply(text, candidates);
    CityClubs.apply(text, candidates, proclitics,
        kb.demonyms()::containsKey);
    commonWordPersons.filter(text, candidates);
    TimeOverlaps.yieldTo(text, times, candidates);
    SharedFamilyNames.separate(text, candidates, proclitics,
        words::isNameToken);
    OrdinaryWordNames.filter(text, candidates, kb, i -> KbCandidates.afterPlaceNoun(text, i),
        i -> i > 0 && text.sentenceOf(i - 1) == text.sentenceOf(i)
            && FamilyNames.announcesName(text, i - 1));
    TitlePrefix.titleComplements(text, candidates);
    NasabChain.extend(text, candidates);
    List<Candidate> accepted = Overlaps.resolve(text.size(), candidates);
    BodyNameAgreement.apply(text, accepted);
    TeamSheets.apply(text, accepted);
    CompassPlaces.apply(text, accepted, proclitics);
    FacilityNames.apply(text, accepted, proclitics,
        kb.demonyms()::containsKey);
    personExtent.apply(text, accepted);
    HeadSynonyms.apply(text, accepted, kb);
    Map<Integer, Integer> apposedHeads =
        ConventionExtents.apply(text, accepted, kb, kb.demonyms()::containsKey);
    HashtagNames.apply(text, accepted);
    DocumentClitics.apply(text, accepted);
    NameInitialLetters.apply(text, accepted, words::isKnownNameWord);
    FamilyNames.trimAfterFamilyName(text, accepted, proclitics,
        words::isKnownNameWord);
    PhotoCredits.remove(text, accepted);
    accepted = TitlePrefix.split(text, accepted, titles.titles(), kb.demonyms()::containsKey);
    FamilyNames.add(text, accepted, proclitics,
        ModelCandidates.NEVER_A_NAME_ALONE);
    SharedFamilyNames.unlinkBareNames(text, accepted);
    UnknownFamilyNames.apply(text, accepted, proclitics, words::isKnownNameWord);
    WorkTitles.apply(text, accepted, proclitics,
        f -> CueWords.of(f) == CueWords.Cue.GIVEN_NAME || words.isNameToken(f));
    CategoryHeads.apply(text, accepted);
    GroupHeads.apply(text, accepted);
    BodyShortForms.apply(text, accepted, proclitics);
    Kingdom.resolve(text, accepted, kb);
    return merger.merge(text, Appositions.apply(text, accepted), published,
        apposedHeads);
  }
}
