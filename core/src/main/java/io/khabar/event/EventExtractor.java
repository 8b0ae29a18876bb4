package io.khabar.event;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.khabar.event.TriggerLexicon.Trigger;
import io.khabar.ner.EntityLayer;
import io.khabar.text.Span;
import io.khabar.time.Timex;
import io.khabar.token.AnalyzedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads typed events from triggers and the clause around them, in steps, each a class with its
 * rule in its comment:
 * <ol>
 *   <li>{@link TriggerFinder} finds the triggers (outside names: كيري is not ك + يري);
 *   <li>{@link Frames} gives each its clause and frame (nominal, light verb, purpose, a reference
 *       back, a source), and {@link Senses} drops the senses the frame rules out (amounts to,
 *       aims at, an organisation's mission, a ceasefire), {@link Complements} those what the
 *       trigger governs rules out (a signature, an interview, arriving at no place), and so do
 *       {@link Targeting} (استهدف with no force told), {@link Hosting} (hosting no party),
 *       {@link Circumstantials}, {@link Letters}, {@link Launches} and {@link NaturalForces};
 *       {@link Telling} reads
 *       أبلغ before a quotation as a statement;
 *   <li>{@link Modalities} reads whether the text asserts it (negated, exhorted, expected,
 *       feared, conditional, hypothetical);
 *   <li>{@link Subjects} reads who acts, {@link Arguments} the other parties, recipients,
 *       targets and the place after the trigger, {@link Places} a place before it, and
 *       {@link GatheringPlaces} moves the city naming a gathering (لقاء فيينا) or an attack
 *       (هجمات بروكسل) to its place; {@link VictimSide} makes the victim told as the subject
 *       (تعرض X لهجوم، اغتيل X) the target; {@link RetoldAttacks} folds a raid told again;
 *   <li>{@link Dating} dates the event and {@link PlannedEvents} tells ASSERTED from PLANNED;
 *   <li>{@link EventFolding} tells each event once (repeated captions, a headline and its
 *       article, a verb and its verbal noun), and {@link DocumentSteps} reads the document's
 *       events together: raids told again, settings, visits' destinations, dates by
 *       publication, and the learned {@link EventAcceptor} when given.
 * </ol>
 * An event with no participant is dropped (nothing in the text says who), and so is one whose
 * subject is an unnamed common noun unless it acts on someone (an attack, aid, sanctions), and a
 * statement with no person or body speaking. The closed classes it walks by are roles of
 * {@code argument-cues.tsv}. Immutable and thread-safe; every step is linear in the document.
 */
public final class EventExtractor {

  /** How the trigger is read: as a noun, as a verbal noun of purpose, after a light verb. */
  record Frame(boolean nominal, boolean purpose, int lightVerb, boolean sourced) {}

  private final Frames frames;
  private final TriggerFinder triggers;
  private final Obliques obliques;
  private final Subjects subjects;
  private final Arguments arguments;
  private final Places places;
  private final ReportingSpeakers reportingSpeakers;
  private final Dating dating;
  private final PlannedEvents planned;
  private final Modalities modalities;
  private final Senses senses;
  private final ComplementSenses complementSenses;
  private final MotionSenses motionSenses;
  private final Renouncing renouncing;
  private final Circumstantials circumstantials;
  private final Targeting targeting;
  private final Seizing seizing;
  private final Hosting hosting;
  private final Letters letters;
  private final Launches launches;
  private final NaturalForces naturalForces;
  private final Handsets handsets;
  private final Complements complements;
  private final VerbalAttacks verbalAttacks;
  private final StrikeObjects strikeObjects;
  private final AttackAgents attackAgents;
  private final VictimSide victimSide;
  private final SignedAgreements signedAgreements;
  private final DualSubjects dualSubjects;
  private final Telling telling;
  private final SourcedStatements sourcedStatements;
  private final ContinuedSpeech continuation;
  private final SpeechMedia media;
  private final DescribedSpeakers described;
  private final BodiesOfStates bodiesOfStates;
  private final RelayedSpeech relayed;
  private final DocumentSteps documentSteps;
  private final Set<String> complementizers;

  public EventExtractor(TriggerLexicon lexicon) {
    this(lexicon, ImmutableMap.of());
  }

  /**
   * With {@code demonyms} (see {@link io.khabar.kb.KnowledgeBase#demonyms}) an unnamed subject qualified by a country's
   * adjective acts for that country: قصفت طائرات إسرائيلية، غارات روسية.
   */
  public EventExtractor(TriggerLexicon lexicon, Map<String, String> demonyms) {
    this(lexicon, demonyms, Optional.empty());
  }

  /**
   * With {@code acceptor}, its learned judge drops, as the last step, the asserted and planned
   * events it finds unlikely (see {@link EventAcceptor}).
   */
  public EventExtractor(TriggerLexicon lexicon, Map<String, String> demonyms,
      Optional<EventAcceptor> acceptor) {
    Objects.requireNonNull(lexicon, "lexicon");
    Cues cues = new Cues(lexicon);
    this.frames = new Frames(cues);
    this.triggers = new TriggerFinder(lexicon, cues, frames);
    this.obliques = new Obliques(cues, frames);
    TitleHeads titleHeads = new TitleHeads(cues, obliques, lexicon);
    this.subjects = new Subjects(cues, frames, obliques, titleHeads,
        new AskedQuestions(lexicon), new PronounSubjects(lexicon),
        new ObjectGenitives(cues, titleHeads, lexicon), ImmutableMap.copyOf(demonyms));
    this.places = new Places(cues, obliques);
    this.reportingSpeakers = new ReportingSpeakers(cues, lexicon);
    this.arguments = new Arguments(cues, obliques, places);
    this.dating = new Dating(cues);
    this.complementizers = cues.complementizers;
    this.planned = new PlannedEvents(cues);
    this.modalities = new Modalities(cues, lexicon);
    this.senses = new Senses(lexicon);
    this.complementSenses = new ComplementSenses(cues, lexicon);
    this.motionSenses = new MotionSenses(lexicon);
    this.renouncing = new Renouncing(lexicon);
    this.circumstantials = new Circumstantials(lexicon);
    this.targeting = new Targeting(lexicon);
    this.seizing = new Seizing(lexicon);
    this.hosting = new Hosting(cues);
    this.letters = new Letters(lexicon);
    this.launches = new Launches(lexicon);
    this.naturalForces = new NaturalForces(lexicon);
    this.handsets = new Handsets(cues);
    this.complements = new Complements(lexicon, cues);
    this.verbalAttacks = new VerbalAttacks(lexicon);
    this.strikeObjects = new StrikeObjects(lexicon);
    this.attackAgents = new AttackAgents(lexicon, obliques);
    this.victimSide = new VictimSide(lexicon);
    this.signedAgreements = new SignedAgreements(lexicon, obliques);
    this.dualSubjects = new DualSubjects(lexicon);
    this.telling = new Telling(lexicon);
    this.sourcedStatements = new SourcedStatements(lexicon, frames, obliques);
    this.continuation = new ContinuedSpeech(cues);
    this.media = new SpeechMedia(obliques, lexicon);
    this.described = new DescribedSpeakers(cues,
        new KindDescriptions(cues, ImmutableMap.copyOf(demonyms)));
    this.bodiesOfStates = new BodiesOfStates(cues);
    this.relayed = new RelayedSpeech(cues, obliques, lexicon);
    this.documentSteps = new DocumentSteps(cues, lexicon, places, acceptor);
  }

  /** The events of a text with no known publication date: none is dated by publication. */
  public List<Event> extract(AnalyzedText text, EntityLayer entities,
      List<Timex> timexes) {
    return extract(text, entities, timexes, Optional.empty());
  }

  /**
   * The events of a text published on {@code published}: an undated asserted statement is dated
   * by it (see {@link PublicationDates}).
   */
  public List<Event> extract(AnalyzedText text, EntityLayer entities,
      List<Timex> timexes, Optional<LocalDate> published) {
    List<Found> found = new ArrayList<>();
    for (Found f : triggers.find(text)) {
      if (entities.entityAt(f.start()) < 0) {
        // inside a name it is part of the name: كيري is not ك + يري; أبلغ + a quotation: told
        found.add(telling.read(text, f));
      }
    }
    int[] timexToken = new int[timexes.size()];
    boolean[] inTimex = new boolean[text.size()];
    for (int i = 0; i < timexes.size(); i++) {
      Span s = timexes.get(i).span();
      timexToken[i] = text.tokenAtOrAfter(s.start());
      for (int k = timexToken[i]; k < text.size() && text.start(k) < s.end(); k++) {
        inTimex[k] = true;
      }
    }
    boolean[] afterPublication = Dating.afterPublication(timexes, published);
    int[] triggerStarts = found.stream().mapToInt(Found::start).toArray(); // sorted
    boolean[] afterTrigger = new boolean[text.size() + 1];
    found.forEach(f -> afterTrigger[f.reach()] = true);
    EventFolding events = new EventFolding();
    Optional<EventCore> previous = Optional.empty();
    Optional<Governor> governor = Optional.empty();
    List<Dating.Told> told = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < entities.entities().size(); i++) {
      index.put(entities.entities().get(i).id(), i);
    }
    for (int k = 0; k < found.size(); k++) {
      Found f = found.get(k);
      if (targeting.aimOnly(text, found, k) || hosting.hostsNoParty(text, entities, found, k)
          || seizing.noGroundTaken(text, entities, found, k)) {
        continue; // تستهدف مصر خفض العجز: "aims at"; تستضيف جدة الهاكاثون: no party hosted
      }
      Optional<Event> e = read(text, entities, timexes, timexToken, afterPublication, inTimex,
          triggerStarts, afterTrigger, previous, governor, f, told);
      int sentence = text.sentenceOf(f.start());
      if (e.isPresent() && verbalAttacks.inWords(text, found, k)) {
        // هاجم النائب الوزير، وقال إنه …: criticism, no attack; its subject still speaks after it
        governor = Optional.of(new Governor(sentence, f.reach(), agentsOf(e.get(), index), e.get()));
        continue;
      }
      if (e.isPresent() && e.get().type() == EventType.STATEMENT
          && e.get().core().date().isEmpty()) {
        e = Optional.of(SettingDates.datedByPublicationClause(text, timexes, timexToken, found, f,
            e.get()));
      }
      if (e.isPresent() && e.get().type() == EventType.STATEMENT
          && e.get().core().date().isEmpty()) {
        e = Optional.of(SettingDates.datedBySetting(e.get(), sentence, told));
      }
      if (e.isPresent() && e.get().type() == EventType.STATEMENT
          && e.get().core().date().isEmpty()) {
        e = Optional.of(SettingDates.datedBySpokesman(text, f, e.get(), sentence, told));
      }
      if (e.isPresent() && e.get().type() == EventType.STATEMENT
          && e.get().core().date().isEmpty()) {
        e = Optional.of(SettingDates.datedByMainClause(text, f, e.get(), sentence, told,
            complementizers));
      }
      if (e.isPresent() && !complementSenses.approvalOnly(text, f)) {
        if (!sourceCredit(text, f)) { // حسبما قال X: a credit, not the speaker told on after it
          told.add(new Dating.Told(sentence, e.get()));
        }
        events.add(e.get());
        previous = Optional.of(e.get().core());
      }
      if (e.isPresent()) { // وافقت روسيا على رفع حظر: no agreement, but it governs the lifting
        if (!frames.nominal(text, f, text.sentenceStart(sentence))) {
          governor = Optional.of(new Governor(sentence, f.reach(), agentsOf(e.get(), index),
              e.get()));
        }
      }
    }
    return documentSteps.apply(text, entities, index, found, timexes, events.build(text.text()),
        published);
  }

  /** The frame of a trigger, or empty when the trigger reports no event of its own. */
  private Optional<Frame> frame(AnalyzedText text, EntityLayer layer, boolean[] inTimex, Found f,
      Clause c, int[] triggerStarts) {
    int sStart = c.sentenceStart();
    boolean nominal = frames.nominal(text, f, sStart);
    // تخطط واشنطن لإعادة فتح سفارتها: a verbal noun of purpose takes the governing verb's subject
    boolean purpose = nominal && Tokens.proclitics(text, f).indexOf('ل') >= 0;
    int nearestLightVerb = nominal ? frames.lightVerbAt(text, f.start(), sStart) : -1;
    // بدأ الجيش الانتشار بعد انسحاب القوات: بدأ governs الانتشار, not انسحاب
    int lightVerb = nearestLightVerb >= 0
        && Tokens.anotherTriggerBetween(triggerStarts, nearestLightVerb, f.start()) ? -1
        : nearestLightVerb;
    if (sourcedStatements.sourced(text, f, sStart)) {
      return Optional.of(new Frame(true, false, -1, true)); // بحسب بيان لوزارة البترول
    }
    if (nominal && f.start() > sStart && frames.attributed(text, f.start(), sStart)) {
      // بحسب بيان للخارجية: the source of what is told, not an event; a verb there (وفق ما أعلن
      // المبعوث) is its subject's statement unless a news medium is credited (SpeechMedia)
      return Optional.empty();
    }
    // بدأ الجيش الانتشار: a light verb makes its definite verbal noun the event; a possessed one
    // (وجه رسالته) still points back to an event told before, but not عن لافروف قوله
    if (nominal && !purpose && (Frames.definite(text, f) && lightVerb < 0
        || Frames.possessed(text, f)) && !frames.explicitArguments(text, inTimex, f.end(), c.right())
        && QuotedSaying.speaker(text, layer, f, sStart).isEmpty()
        && !(f.trigger().type() == EventType.ATTACK
            && attackAgents.namesAgent(text, layer, f, c))
        && signedAgreements.signing(text, layer, f, c) < 0 // الاتفاق الموقع بين: told here
        // وقال خلال زيارته إلى الصين: the setting of the act told now, its doer the act's subject
        && !(Frames.possessed(text, f) && frames.doerGenitive(text, f)
            && frames.setting(text, f, sStart))) {
      return Optional.empty(); // اللقاء، رسالته: a reference back to an event told before
    }
    return Optional.of(new Frame(nominal, purpose, lightVerb, false));
  }

  private Optional<Event> read(AnalyzedText text, EntityLayer layer, List<Timex> timexes,
      int[] timexToken, boolean[] afterPublication, boolean[] inTimex, int[] triggerStarts,
      boolean[] afterTrigger,
      Optional<EventCore> previous, Optional<Governor> governor, Found f,
      List<Dating.Told> told) {
    Optional<Dating.Told> lastStatement = lastStatement(told);
    Clause c = frames.clause(text, f);
    if (f.trigger().type() == EventType.STATEMENT && frames.nominal(text, f, c.sentenceStart())
        && Tokens.insideQuotation(text, c.sentenceStart(), f.start())) {
      return Optional.empty(); // وأكد أنه "… لمقابلة المواطن": a noun quoted tells no statement
    }
    // قال في تغريدة "فارقنا هنري ميشال، صرح كرة القدم": his words, unless told in the order of a
    // report, the speaker after the verb (وأضاف: "قال أردوغان إنه …")
    boolean quotedWords = QuotedSaying.withinQuotedWords(text, f, c, triggerStarts);
    // الاتفاق النووي الموقع بين إيران و…: an agreement told with its signing, even one left now
    int signing = signedAgreements.signing(text, layer, f, c);
    Modality modal = renouncing.renounced(text, f, c) && signing < 0 ? Modality.NEGATED
        : modalities.of(text, f, c);
    Optional<Frame> frame = frame(text, layer, inTimex, f, c, triggerStarts);
    if (frame.isEmpty() || !senses.holds(text, layer, f, frame.get().nominal(),
        frame.get().purpose(), afterTrigger) && signing < 0
        || !complementSenses.holds(text, layer, inTimex, f, frame.get().nominal(),
            frame.get().purpose())
        || !complements.holds(text, layer, f, c) || !circumstantials.holds(text, f)
        || letters.mediumOfSpeech(text, f, c, governor) // قال في رسالة بالبريد: how he said it
        || verbalAttacks.qualifiedAsWords(text, f) || !letters.holds(text, f, c)
        || !launches.holds(text, f, c) || naturalForces.sweeps(text, f, c)
        || handsets.device(text, layer, f)) { // يستخدم هاتفه: the telephone, no call
      return Optional.empty();
    }
    Subjects.Subject subject;
    Arguments.Roles roles;
    if (frame.get().sourced()) {
      if (quotedWords) {
        return Optional.empty();
      }
      Optional<Integer> source = sourcedStatements.speaker(text, layer, f, c);
      if (source.isEmpty()) {
        return Optional.empty();
      }
      Set<Integer> speaker = new LinkedHashSet<>(List.of(source.get()));
      subject = new Subjects.Subject(speaker, Optional.empty(), false, Optional.empty());
      roles = new Arguments.Roles(speaker, new LinkedHashSet<>(), new LinkedHashSet<>(),
          new LinkedHashSet<>(), Optional.empty());
    } else {
      List<Occurrence> before = obliques.actorsOrPlaces(text, layer, c.left(), f.start());
      List<Occurrence> after = obliques.actorsOrPlaces(text, layer, f.end(), c.right());
      subject = subjects.read(text, layer, inTimex, triggerStarts, governor, f, c, frame.get(),
          before, after);
      if (quotedWords && subject.after().isEmpty()) {
        return Optional.empty();
      }
      roles = arguments.read(text, layer, inTimex, triggerStarts, f, c, frame.get().nominal(),
          subject, before, after);
      // الانفجار الذي استهدف موكب رئيس الوزراء، استهداف سوريا: the object, not the attacker
      strikeObjects.apply(text, f, frame.get().nominal(), subject, roles);
      // لقاء فيينا، قمة هلسنكي: the city hosting the gathering is its place
      roles = GatheringPlaces.apply(text, layer, f, frame.get().nominal(), roles);
    }

    EventType type = f.trigger().type();
    Optional<VictimSide.Victims> victims = victimSide.read(text, f, c);
    if (victims.isPresent()) { // تعرض بولسونارو للطعن: the subject is the one struck
      roles = victimSide.apply(layer, victims.get(), roles);
    }
    if (type == EventType.ATTACK && (frame.get().nominal() || victims.isPresent())) {
      roles = attackAgents.complete(text, layer, f, c, roles); // الهجوم الذي شنه X، غارات للتحالف
    }
    roles = LiftedSanctions.apply(text, layer, f, c, roles); // رفع العقوبات عن السودان
    roles = SpeakerSide.apply(f, c, governor, roles); // قال السيسي: "اتفقنا مع إيني": his side
    roles = reportingSpeakers.apply(text, layer, f, c, governor, roles); // أكد المرصد … إطلاق النار
    roles = places.withoutLocatedAgents(text, layer, c, roles); // هجمات جنوبي سوريا: where
    if (signing >= 0) {
      roles = signedAgreements.complete(text, layer, c, signing, roles); // الموقع بين إيران و…
    }
    Optional<List<Integer>> dual = dualSubjects.parties(text, layer, f, c,
        !roles.agent().isEmpty(), told);
    if (dual.isPresent()) { // واتفق الطرفان: the two of the call or meeting just told
      roles = new Arguments.Roles(new LinkedHashSet<>(dual.get().subList(0, 1)),
          new LinkedHashSet<>(dual.get().subList(1, dual.get().size())), new LinkedHashSet<>(),
          new LinkedHashSet<>(), roles.place());
    }
    roles = Releases.apply(text, layer, f, c, roles); // أفرج عن X: X is set free, no actor
    if (attackAgents.meansOnly(f) && roles.agent().isEmpty()) {
      return Optional.empty(); // نيران: a fire of no one named is no attack
    }
    if (type == EventType.STATEMENT && roles.agent().isEmpty() && !frame.get().nominal()) {
      described.speaker(text, layer, inTimex, f, c).ifPresent(roles.agent()::add); // وقال الوزير
    }
    if (type == EventType.STATEMENT && roles.agent().isEmpty() && !subject.unnamed()
        && !frame.get().nominal()) {
      // وأضاف أن …، وتابع: «…»: the speaker just told goes on
      continuation.speaker(text, layer, inTimex, f, c, lastStatement)
          .ifPresent(roles.agent()::addAll);
    }
    if (type == EventType.STATEMENT) {
      media.removeFrom(text, layer, c.sentence(), roles.agent()); // في تصريح لـCNN: not CNN
      relayed.apply(text, layer, f, c, roles.agent()); // ذكرت نقلا عن مصادر: no one named
      bodiesOfStates.removeFrom(text, layer, inTimex, f, c, roles.agent()); // سفارة السعودية
      if (sourceCredit(text, f)) {
        // بحسب ما أفادت رويترز: the source clause's subject follows its verb, and a medium is
        // only credited as the source
        roles.agent().retainAll(Tokens.occurrences(layer, f.end(), c.right()).stream()
            .map(Occurrence::entity).toList());
        media.removeNewsMedia(text, layer, c.sentence(), f.end(), roles.agent());
      }
      // حسبما أعلنت المنظمة الدولية الخميس: a name read on into a date is no name we know
      for (Occurrence o : Tokens.occurrences(layer, c.sentenceStart(), c.sentenceEnd())) {
        if (DescribedSpeakers.runsIntoDate(layer, inTimex, o)) {
          roles.agent().remove(o.entity());
        }
      }
    }
    if (!motionSenses.holds(text, layer, f, roles.agent())) {
      return Optional.empty(); // وصلت القوات إلى مشارف المدينة: an advance, no visit
    }
    ImmutableList<Participant> ps = RoleParticipants.of(layer, type, roles);
    if (ps.isEmpty() || PlaceOnlyParties.namesNoOne(layer, f, roles)) {
      return Optional.empty(); // زيارة لغينيا، قمة سنغافورة: no one who went or met is named
    }
    if (subject.unnamed() && roles.agent().isEmpty() && !actsOnSomeone(type)) {
      return Optional.empty(); // أبلغ مصدر «الشرق الأوسط»: who informed is not named
    }
    if (type == EventType.STATEMENT && !EntityKinds.speakerIsNamed(layer, roles.agent())) {
      return Optional.empty();
    }

    boolean during = previous.isPresent() && dating.duringPrevious(text, f, c);
    Optional<Integer> timex = dating.timexOf(text, timexes, timexToken, afterPublication,
        triggerStarts, f, c, during).filter(t -> !frame.get().sourced() && !sourceCredit(text, f)
            || timexToken[t] >= f.end());
    // بدأ الإنتاج في ديسمبر بحسب بيان للوزارة (وفق ما أعلنت الوزارة): the date before the
    // source is the report's
    Modality modality = planned.modality(text, layer, timexes, afterPublication, f, c, timex,
        modal);
    if (modality != Modality.ASSERTED && timex.isPresent() && !timexes.get(timex.get()).future()
        && timexToken[timex.get()] < c.left()) {
      timex = Optional.empty(); // ترتيبات انسحاب after استقبل … أمس: yesterday is not its date
    }
    Dating.Dated dated = dating.date(text, timexes, timexToken, triggerStarts, f, c, timex,
        during, previous, subject.coordinated());
    Optional<String> placeId = roles.place().map(p -> places.settled(text, layer, p)) // ريف درعا
        .map(p -> layer.entities().get(p).id());
    if (during && placeId.isEmpty()) {
      placeId = previous.get().place(); // والتقى خلالها …: where the visit just told was
    }
    Span sentenceSpan = text.sentences().get(c.sentence());
    Span trigger = text.span(f.start(), f.end(), f.stripped());
    double confidence = confidence(f.trigger(), ps, roles.agent());
    EventCore core = new EventCore(trigger, sentenceSpan, ps, placeId, dated.date(),
        dated.timex(), dated.date().map(d -> DateBasis.TEXT), confidence, modality);
    return Optional.of(EventFactory.build(f.trigger(), core));
  }

  /** A speech verb in a source clause: بحسب ما أفاد، حسبما أعلن (not كما قال, a clause of its own). */
  private boolean sourceCredit(AnalyzedText text, Found f) {
    int sStart = text.sentenceStart(text.sentenceOf(f.start()));
    return f.trigger().type() == EventType.STATEMENT && f.start() > sStart
        && frames.attributed(text, f.start(), sStart) && !Frames.asClause(text, f.start(), sStart);
  }

  /** The entity indices of the event's agents and speakers. */
  private static Set<Integer> agentsOf(Event e, Map<String, Integer> index) {
    Set<Integer> agents = new LinkedHashSet<>();
    for (Participant p : e.core().participants()) {
      if (p.role() == ParticipantRole.AGENT || p.role() == ParticipantRole.SPEAKER) {
        agents.add(index.get(p.entity()));
      }
    }
    return agents;
  }

  /** The last statement told, with its sentence. */
  private static Optional<Dating.Told> lastStatement(List<Dating.Told> told) {
    for (int k = told.size() - 1; k >= 0; k--) {
      if (told.get(k).event().type() == EventType.STATEMENT) {
        return Optional.of(told.get(k));
      }
    }
    return Optional.empty();
  }

  /** Types worth telling without their agent: who was struck, helped, sanctioned, where troops went. */
  private static boolean actsOnSomeone(EventType type) {
    return type == EventType.ATTACK || type == EventType.AID || type == EventType.SANCTIONS
        || type == EventType.DEPLOYMENT || type == EventType.PRISONER_EXCHANGE;
  }

  private static double confidence(Trigger t, List<Participant> ps, Set<Integer> agent) {
    double c = 0.55;
    if (!agent.isEmpty()) {
      c += 0.15;
    }
    if (ps.size() > 1) {
      c += 0.1;
    }
    if (t.pos() == TriggerLexicon.Pos.PHRASE || t.pos() == TriggerLexicon.Pos.PERFECT) {
      c += 0.1;
    }
    if (t.weak()) {
      c -= 0.2;
    }
    return Math.max(0.05, Math.min(0.95, c));
  }
}
