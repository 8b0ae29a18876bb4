package io.khabar.event;

import com.google.common.collect.ImmutableMap;
import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads who acts (the agent, or the speaker of a statement). The agent is the first actor
 * (person, organisation, country; a capital as subject) right after the trigger (verb–subject
 * order, and the genitive of a verbal noun: زيارة الشرع), but a person named within reach wins
 * over the body in his title (متحدث الكرملين دميتري بيسكوف); else the nearest actor before it
 * that no preposition governs (subject–verb order, with the whole coordinated subject: الأردن
 * وسوريا يتفقان). A common noun in the subject slot (زار وفد، أكد مصدر، دعا الحبر الأعظم) means the
 * subject is not named, and nothing else is made the subject. A verbal noun takes the subject of
 * the light verb before it (أجرى … اتصالا), of the clause it is the purpose of (تخطط أميركا لإعادة
 * فتح سفارتها), or of the verb that governs it (اتفقتا على استئناف العلاقات، أعلن ترامب سحب
 * القوات); a coordinated verb with no subject of its own shares the previous verb's (يستقبل
 * السراج ويدعو); a participle (مؤكدا) the main clause's. An unnamed force qualified by a
 * country's adjective acts for that country (قصفت طائرات إسرائيلية). A speech verb joined by و / ف
 * with no subject of its own and no speech verb before it shares the subject of the verb opening
 * the sentence (دافع الصفدي عن موقف بلاده من الأسد، وأكد: Safadi, not Assad), and a name inside a
 * question asked before the answer never answers ({@link AskedQuestions}). The subject after the
 * verb is read by {@link FollowingSubjects}, a common-noun subject by {@link UnnamedSubjects}.
 */
final class Subjects {

  /**
   * Tokens between two coordinated verbs sharing a subject: the first may carry its object, a
   * date and a short quotation (ونددت هايلي الثلاثاء بمشروع القرار بوصفه "…" واقترحت).
   */
  private static final int COORDINATION_REACH = 24;

  /** Who acts, as read: the agents in order, the subject after the trigger if it is one of them. */
  record Subject(Set<Integer> agent, Optional<Occurrence> after, boolean unnamed,
      Optional<Governor> coordinated) {}

  private final Cues cues;
  private final Frames frames;
  private final Obliques obliques;
  private final MainClause mainClause;
  private final DescribedNoun describedNoun;
  private final TitleHeads titleHeads;
  private final AsideSubjects asideSubjects;
  private final FollowingSubjects following;
  private final UnnamedSubjects unnamedSubjects;
  private final Delegations delegations;
  private final AskedQuestions askedQuestions;
  private final PronounSubjects pronounSubjects;
  private final ObjectGenitives objectGenitives;
  /** Country ISO code of each demonym in matching form, definite and indefinite. */
  private final ImmutableMap<String, String> demonyms;

  Subjects(Cues cues, Frames frames, Obliques obliques, TitleHeads titleHeads,
      AskedQuestions askedQuestions, PronounSubjects pronounSubjects,
      ObjectGenitives objectGenitives, ImmutableMap<String, String> demonyms) {
    this.pronounSubjects = pronounSubjects;
    this.objectGenitives = objectGenitives;
    this.askedQuestions = askedQuestions;
    this.cues = cues;
    this.titleHeads = titleHeads;
    this.asideSubjects = new AsideSubjects(cues);
    this.following = new FollowingSubjects(cues, obliques, titleHeads);
    this.unnamedSubjects = new UnnamedSubjects(cues, obliques, titleHeads);
    this.delegations = new Delegations(cues);
    this.frames = frames;
    this.obliques = obliques;
    this.mainClause = new MainClause(cues, frames, obliques, objectGenitives);
    this.describedNoun = new DescribedNoun(cues);
    this.demonyms = demonyms;
  }

  Subject read(AnalyzedText text, EntityLayer layer, boolean[] inTimex, int[] triggerStarts,
      Optional<Governor> governor, Found f, Clause c, EventExtractor.Frame frame,
      List<Occurrence> allBefore, List<Occurrence> after) {
    int sentence = c.sentence();
    int sStart = c.sentenceStart();
    // وعندما سئل عما إذا كان يزور فيروز، قال: a name asked about does not answer
    List<Occurrence> before = askedQuestions.outsideQuestions(text, f, sStart, allBefore);
    int left = c.left();
    int right = c.right();
    boolean nominal = frame.nominal();
    boolean purpose = frame.purpose();
    // أعلنت الوزارة وفاة فلسطيني برصاص الجيش: the fire or bullets are their owner's, never
    // the act of the verb that reports or governs them
    boolean means = cues.attackMeans.contains(f.trigger().form());
    int lightVerb = means ? -1 : frame.lightVerb();
    EventType type = f.trigger().type();
    Set<Integer> agent = new LinkedHashSet<>();
    OptionalInt quoted = QuotedSaying.speaker(text, layer, f, sStart);
    if (quoted.isEmpty()) {
      quoted = QuotedSaying.throughTongue(text, layer, inTimex, f, right); // على لسان X
    }
    if (quoted.isPresent()) {
      agent.add(quoted.getAsInt()); // نقلت الوكالة عن لافروف قوله: Lavrov speaks
      return new Subject(agent, Optional.empty(), false, Optional.empty());
    }
    if (type == EventType.STATEMENT && f.trigger().pos() == TriggerLexicon.Pos.PASSIVE) {
      // قيل إنه، ما يقال، أفيد بأن: a passive verb of speech has its content for subject; the
      // name before it is the topic of another clause, the one after it what was said
      return new Subject(agent, Optional.empty(), true, Optional.empty());
    }
    if (!nominal && pronounSubjects.impersonal(text, layer, f, sStart)) {
      return new Subject(agent, Optional.empty(), true, Optional.empty()); // في ما وصف بأنه
    }
    if (!nominal && pronounSubjects.carriedBefore(text, f, sStart)) {
      // لكنها حذرت: the subject is a pronoun pointing back to the subject told before in the
      // sentence (the last verb's, else the main clause's), never a name in between
      governor.filter(g -> g.sentence() == sentence && g.triggerEnd() <= f.start())
          .ifPresent(g -> agent.addAll(g.agents()));
      if (agent.isEmpty()) {
        agent.addAll(mainClause.subject(text, layer, Optional.empty(), f, sentence, sStart,
            (os, o) -> titleHeads.appositionHead(text, layer, os, o)));
      }
      return new Subject(agent, Optional.empty(), false, Optional.empty());
    }
    // الوضع في اليمن، الذي قالت إنه: a relative the verb does not agree with is not its
    // subject; the subject follows the verb (المنطقة التي أعلن ولي العهد) or is a pronoun
    boolean disagreeingRelative = !nominal && PronounSubjects.relativeDisagrees(text, f, sStart);
    if (type == EventType.STATEMENT && !nominal && DescribedNoun.afterRelative(text, f, sStart)
        && f.end() < right && layer.entityAt(f.end()) < 0
        && titleHeads.possessedTitle(text.form(f.end()))) {
      // الولايات المتحدة التي قالت سفيرتها لدى الأمم المتحدة نيكي هيلي: the title carrying the
      // antecedent's pronoun is the relative clause's own subject, named by the person after it
      // or by no one; the antecedent is only its genitive
      Optional<Occurrence> named = after.stream()
          .filter(o -> o.start() - f.end() <= TitleHeads.TITLE_REACH
              && EntityKinds.isPerson(layer, o.entity())
              && !reportedClauseBetween(text, f.end(), o.start()))
          .findFirst();
      named.ifPresent(o -> agent.add(o.entity()));
      return new Subject(agent, named, named.isEmpty(), Optional.empty());
    }

    // في اليوم الأخير من زيارة الرئيس ماكرون إلى الصين، أعلنت الرئاسة زيارة الرئيس: the genitive
    // of a verbal noun of an intransitive act is who does it, whatever verb governs the noun
    boolean ownDoer = nominal && !purpose && frames.doerGenitive(text, f)
        && following.read(text, layer, after, f.end(), type)
            .filter(o -> following.genitiveOf(text, f.end(), o.start())).isPresent();
    boolean afterLightVerb = lightVerb >= 0 && !ownDoer;
    boolean unnamed = afterLightVerb
        ? unnamedSubjects.test(text, layer, inTimex, lightVerb + 1, f.start(), type)
        : !nominal && !withMainClause(f)
            && unnamedSubjects.test(text, layer, inTimex, f.end(), right, type);
    Optional<Occurrence> fronted = nominal ? Optional.empty()
        : EntityKinds.lastActor(layer, before)
            .filter(o -> frames.frontedSubject(text, o.end(), f.start()))
            // مقاتلين موالين للحكومة السورية استهدفوا: a name a preposition governs is no subject
            .filter(o -> {
              String cue = obliques.cueBefore(text, layer, o.start(), left);
              return cue.isEmpty() || cue.equals("و");
            });
    // وكان الاتحاد، في بيان، قد دعا إيران: the subject before the aside, not the object
    Optional<Occurrence> aside = nominal || fronted.isPresent() ? Optional.empty()
        : asideSubjects.subject(text, layer, f, sStart);
    fronted = fronted.or(() -> aside);
    unnamed &= fronted.isEmpty(); // وكانت وزارة الخزانة قد خففت … بعض القيود
    unnamed |= describedNoun.test(text, layer, inTimex, f, sStart);
    // وقال ماكرون خلال زيارة رسمية إلى أستراليا: the setting of an act is its subject's
    boolean setting = nominal && !afterLightVerb && !purpose && !means && !ownDoer
        && frames.doerGenitive(text, f) && frames.setting(text, f, sStart);
    boolean complement = nominal && !afterLightVerb && !purpose && !means
        && (frames.governedByPreposition(text, f, sStart)
            && !frames.afterTimePreposition(text, f, sStart)
            || frames.announcedAct(text, f, governor, triggerStarts)
            || setting);
    Set<Integer> pointedBack = nominal ? Set.of()
        : speakerPointedBack(text, layer, governor, f, sentence);
    // سيزور دمشق … للقاء المسؤولين: a verbal noun of purpose after a verb is that verb's aim,
    // so the verb's subject is its subject (not the verb's object, دمشق)
    Set<Integer> purposeOf = !purpose ? Set.of() : governor
        .filter(g -> g.sentence() == sentence && g.triggerEnd() >= left
            && g.triggerEnd() <= f.start() && f.start() - g.triggerEnd() <= Frames.GOVERNOR_REACH
            && !frames.clauseBoundaryBetween(text, g.triggerEnd(), f.start())
            && !Tokens.anotherTriggerBetween(triggerStarts, g.triggerEnd() - 1, f.start()))
        .map(Governor::agents).orElse(Set.of());
    // وصل إلى بيروت قادما من عمّان، حيث التقى الصفدي: a verb right after حيث has the subject
    // of the verb before it; the name after it is its object
    Set<Integer> whereOf = nominal || type == EventType.STATEMENT || f.start() <= sStart
        || !cues.where.contains(text.form(f.start() - 1)) ? Set.of() : governor
        .filter(g -> g.sentence() == sentence && g.triggerEnd() <= f.start()
            && f.start() - g.triggerEnd() <= Frames.GOVERNOR_REACH
            && g.event().type() != EventType.STATEMENT)
        .map(Governor::agents).orElse(Set.of());
    Set<Integer> governing = ownDoer ? Set.of() : !pointedBack.isEmpty() ? pointedBack
        : !purposeOf.isEmpty() ? purposeOf : !whereOf.isEmpty() ? whereOf : governor
        // أدان ماكرون العنف خلال زيارة إلى أستراليا: the condemner is who travelled, however
        // long the object between (ورفض ماكرون، الخميس، الرد على سؤال … أثناء زيارة لجنوب فرنسا)
        .filter(g -> complement && g.sentence() == sentence
            && (setting || !frames.condemns(text, g))
            && !topicOfSpeech(text, g, f, sStart)
            && g.triggerEnd() >= left && g.triggerEnd() <= f.start()
            && (setting || f.start() - g.triggerEnd() <= Frames.GOVERNOR_REACH)
            && !frames.clauseBoundaryBetween(text, g.triggerEnd(), f.start())
            && !Tokens.anotherTriggerBetween(triggerStarts, g.triggerEnd() - 1, f.start()))
        .map(Governor::agents).orElse(Set.of());
    // دافع مدرب يوفنتوس عن لاعبه، كريستيانو رونالدو، وأكد جاهزيته، وسئل لافروف عن الاتفاق فقال:
    // a speech verb joined by و / ف with no subject of its own shares the subject of the verb
    // opening the sentence, not the name that closes the clause before it (that verb's object)
    Optional<Occurrence> opening = type != EventType.STATEMENT || nominal || !conjoined(text, f)
        || f.start() <= sStart + 1 || layer.entityAt(sStart) >= 0 || !text.isWord(sStart)
        || reportedClauseBetween(text, sStart, f.start()) ? Optional.empty()
        : following.read(text, layer, Tokens.occurrences(layer, sStart + 1, f.start()),
            sStart + 1, type).filter(o -> following.nextTo(text, inTimex, sStart + 1, o.start()));
    Optional<Occurrence> subjectBefore;
    if (fronted.isPresent()) {
      subjectBefore = fronted;
    } else if (unnamed || nominal && !afterLightVerb && !purpose) {
      subjectBefore = Optional.empty();
    } else if (afterLightVerb) {
      // قام ميخائيل بوغدانوف، نائب وزير الخارجية …، بزيارة: the light verb's own subject
      int from = Math.max(sStart, lightVerb - Frames.LEFT_WINDOW);
      for (int i = lightVerb - 1; i >= from; i--) {
        if (Tokens.isBreak(text, i)) {
          from = i + 1; // قال إبراهيم "بدأت الضربات …": no name outside a quotation acts in it
          break;
        }
      }
      Optional<Occurrence> own = following.read(text, layer,
          Tokens.occurrences(layer, lightVerb + 1, f.start()), lightVerb + 1, type);
      String lv = text.form(lightVerb);
      Optional<Governor> shared = own.isPresent() || cues.lightVerbs.contains(lv)
          ? Optional.empty() : sharedSubject(governor, lightVerb, sentence);
      // اقتحم مسلح المبنى … ونفذ تفجيرا: a coordinated light verb with no subject of its own
      // has the verb before it's, even unnamed; the name just before it is no subject
      shared.ifPresent(g -> agent.addAll(g.agents()));
      subjectBefore = own.isPresent() || shared.isPresent() ? own
          : EntityKinds.lastActor(layer, Tokens.occurrences(layer, from, lightVerb))
              .filter(o -> !frames.ownSubjectAfterThat(text, o.end(), lightVerb));
    } else if (purpose) {
      // أبلغت إدارة ترمب الكونغرس عزمها … لإعادة فتح السفارة: the main clause's subject, not its object
      subjectBefore = before.stream().filter(o -> EntityKinds.isActor(layer, o.entity())
          && obliques.cueBefore(text, layer, o.start(), left).isEmpty()).findFirst();
    } else if (disagreeingRelative) {
      subjectBefore = Optional.empty();
    } else if (DescribedNoun.afterRelative(text, f, sStart)) {
      // الجماعة، التي توجه عناصرها: a verb after a relative pronoun has its antecedent as
      // subject, the name (or common noun) right before the pronoun, never one further back
      subjectBefore = before.stream().filter(o -> EntityKinds.isActor(layer, o.entity())
          && DescribedNoun.antecedentEndsAt(text, o.end(), f.start() - 1)).findFirst();
    } else if (opening.isPresent()) {
      subjectBefore = opening;
    } else {
      // an oblique (إلى أردوغان، في بيان للخارجية) is not the subject of a verb after it, nor is
      // an aside in parentheses (a dateline's credit: دبي (CNN)-- أعلنت الوزارة) or a name
      // before حيث or أن + a subject, which open a clause of their own (حيث قال)
      subjectBefore = EntityKinds.lastActor(layer, before.stream().filter(o -> {
        String cue = obliques.cueBefore(text, layer, o.start(), left);
        return (cue.isEmpty() || cue.equals("و")) && !parenthesised(text, o)
            && !whereBetween(text, o.end(), f.start())
            && !frames.ownSubjectAfterThat(text, o.end(), f.start()); // أن طائرات روسية نفذت
      }).toList());
    }
    boolean eventGenitive = nominal && Arrays.binarySearch(triggerStarts, f.end()) >= 0;
    Optional<Occurrence> subjectAfter = afterLightVerb && subjectBefore.isPresent() || unnamed
        || purpose && subjectBefore.isPresent() || eventGenitive || !governing.isEmpty()
        ? Optional.empty() : following.read(text, layer, after, f.end(), type)
            .filter(o -> !nominal || following.genitiveOf(text, f.end(), o.start()))
            // ونددت هايلي … واقترحت بالمقابل إدانة حماس: a coordinated verb's subject follows it
            // at once; a name after its object is the object's genitive
            .filter(o -> nominal || !conjoined(text, f)
                || sharedSubject(governor, f.start(), sentence).isEmpty()
                || following.nextTo(text, inTimex, f.end(), o.start()));
    // ووصف الأطباء حالة بولسونارو، واقترحت بالمقابل إدانة حماس: a name in construct with the
    // verb's object speaks no more than a name before the verb that is not its fronted subject
    if (subjectAfter.isEmpty() && governing.isEmpty() && !eventGenitive && fronted.isEmpty()) {
      // وصل إلى تعز وفد من مكتب المبعوث، زيارة وفد حماس: the delegation's body or state acts
      subjectAfter = delegations.party(text, layer, inTimex, afterLightVerb ? lightVerb + 1
          : f.end(), afterLightVerb ? f.start() : right, type);
      unnamed &= subjectAfter.isEmpty();
    }
    boolean objectGenitive = !nominal && type == EventType.STATEMENT && subjectAfter
        .filter(o -> objectGenitives.test(text, layer, f.end(), o.start())).isPresent();
    if (objectGenitive) {
      subjectAfter = Optional.empty();
    }
    agent.addAll(governing); // اتفقتا على استئناف العلاقات: the two who agreed resume them
    Optional<Governor> coordinated = Optional.empty();
    String proclitics = Tokens.proclitics(text, f);
    if (!nominal && subjectAfter.isEmpty() && governing.isEmpty()
        && (proclitics.startsWith("و") || proclitics.startsWith("ف"))) {
      // سعيّد يستقبل السراج ويدعو إلى …: a coordinated verb with no subject of its own shares
      // the subject of the verb before it, and its time (التقى خلالها الأسد ووقّع معه …)
      coordinated = sharedSubject(governor, f.start(), sentence)
          .filter(g -> !g.agents().isEmpty());
      coordinated.ifPresent(g -> agent.addAll(g.agents()));
    }
    if (!agent.isEmpty()) {
      subjectBefore = Optional.empty();
    }
    int mainVerb = withMainClause(f) && agent.isEmpty()
        ? mainClause.firstTrigger(text, f, sStart, triggerStarts) : -1;
    boolean mainToldBefore = governor.filter(g -> g.sentence() == sentence
        && g.event().type() == EventType.STATEMENT && !g.agents().isEmpty()
        && g.triggerEnd() <= f.start()).isPresent();
    if (mainVerb >= 0 && !mainToldBefore && unnamedSubjects.test(text, layer, inTimex,
        mainVerb + 1, f.start(), type)
        && !EntityKinds.personWithin(layer, sStart, f.start(), f.start() - sStart)) {
      // أكد مصدر مطلع …، مشيرا، وأوضح النادي …، مشيرا: with no person named before it, the
      // participle's speaker is the main verb's unnamed subject, not a name in the dateline
      // or an earlier sentence
      unnamed = true;
    } else if (withMainClause(f)) {
      // مؤكدا، مشيرا، في مقابلة مع CNN: the speaker is the subject of the main clause, before
      // the participle or the frame, never the medium named after it nor a name quoted
      agent.addAll(mainClause.subject(text, layer, governor, f, sentence, sStart,
          (os, o) -> titleHeads.appositionHead(text, layer, os, o)));
    } else if (subjectBefore.isPresent() && !nominal
        && (frames.frontedSubject(text, subjectBefore.get().end(), f.start())
            || aside.isPresent())) {
      agent.add(subjectBefore.get().entity()); // وكان الشرع قد التقى بوتين: subject before the verb
      subjectAfter = Optional.empty();
    } else if (subjectAfter.isPresent()) {
      agent.add(subjectAfter.get().entity());
    } else if (subjectBefore.isPresent() && !objectGenitive) {
      agent.add(subjectBefore.get().entity());
    }
    if (agent.isEmpty() && !demonyms.isEmpty() && (unnamed || nominal) && forceUsed(type)) {
      // قصفت طائرات إسرائيلية، غارات روسية على …: the country of the adjective acts; after a
      // noun the adjective may qualify the force in construct (برصاص القوات الإسرائيلية)
      int from = unnamed ? (afterLightVerb ? lightVerb + 1 : f.end()) : f.end();
      int reach = f.end() < right && cues.meansOfForce.contains(text.form(f.end())) ? 2 : 1;
      countryOfAdjective(text, layer, from, unnamed ? right : Math.min(right, f.end() + reach))
          .ifPresent(agent::add);
    }
    if (!nominal && subjectBefore.isPresent() && agent.contains(subjectBefore.get().entity())) {
      // الأردن وسوريا يتفقان: the whole coordinated subject before the verb acts
      agent.addAll(coordinatedBefore(text, layer, before, subjectBefore.get(), left));
    }
    return new Subject(agent, subjectAfter, unnamed, coordinated);
  }

  /**
   * The verb at {@code verb}, coordinated (و، ف), follows a verb read before it in the sentence,
   * whose subject it shares when it names none of its own.
   */
  private static Optional<Governor> sharedSubject(Optional<Governor> governor, int verb,
      int sentence) {
    return governor.filter(g -> g.sentence() == sentence && g.triggerEnd() <= verb
        && verb - g.triggerEnd() <= COORDINATION_REACH);
  }

  /** The trigger carries the conjunction و or ف as a proclitic. */
  private static boolean conjoined(AnalyzedText text, Found f) {
    String proclitics = Tokens.proclitics(text, f);
    return proclitics.startsWith("و") || proclitics.startsWith("ف");
  }
  /**
   * The verbal noun after the على of علق على "commented on" (the على the speech trigger ends
   * with) is what the speaker reacts to, someone else's act: it takes no agent from the
   * speaker. The على of حث / دعا names the act urged, and keeps its reading.
   */
  private static boolean topicOfSpeech(AnalyzedText text, Governor g, Found f, int sentenceStart) {
    return g.event().type() == EventType.STATEMENT && f.start() > sentenceStart
        && g.triggerEnd() == f.start() && text.form(f.start() - 1).equals("علي");
  }

  /**
   * A complementizer carrying a pronoun right before the verb (قال بيدرسن إنه سيزور، أكدت أنها
   * ستنسحب), or a noun carrying one as the subject between أن and the verb (أكد أن بلاده ترفض،
   * أعلن التحالف أن قواته انسحبت) points back to the speaker of the statement just told in the
   * sentence: that speaker is the verb's subject (for a noun, only of another statement, or when
   * the speaker is a body acting through its own forces).
   */
  private Set<Integer> speakerPointedBack(AnalyzedText text, EntityLayer layer,
      Optional<Governor> governor, Found f, int sentence) {
    if (governor.isEmpty() || governor.get().event().type() != EventType.STATEMENT
        || governor.get().sentence() != sentence || governor.get().triggerEnd() > f.start()) {
      return Set.of();
    }
    for (int i = f.start() - 1; i >= Math.max(0, f.start() - 2); i--) {
      String w = text.form(i);
      if (cues.complementizers.contains(w) && (w.endsWith("ه") || w.endsWith("ها")
          || w.endsWith("هم"))) {
        return governor.get().agents();
      }
      if (i == f.start() - 1 && i > 0 && cues.bareThat.contains(text.form(i - 1))
          && layer.entityAt(i) < 0 && Tokens.pointsBack(text, i)
          && (f.trigger().type() == EventType.STATEMENT || governor.get().agents().stream()
              .noneMatch(a -> EntityKinds.isPerson(layer, a)))) {
        // مؤكدا أن بلاده ترفض: the speaker goes on speaking; أعلن التحالف أن قواته انسحبت: a
        // body's own forces act for it (a person's country is not the person)
        return governor.get().agents();
      }
      if (!cues.particles.contains(w)) {
        return Set.of();
      }
    }
    return Set.of();
  }

  /**
   * A participle (مؤكدا) or a frame phrase of speech (في مقابلة مع، في تغريدة) goes with the main
   * clause before it: its speaker is that clause's subject.
   */
  private static boolean withMainClause(Found f) {
    return f.trigger().pos() == TriggerLexicon.Pos.PARTICIPLE
        || f.trigger().type() == EventType.STATEMENT && f.trigger().pos() == TriggerLexicon.Pos.PHRASE
            && f.trigger().form().startsWith("في ");
  }

  private static boolean parenthesised(AnalyzedText text, Occurrence o) {
    return MainClause.parenthesised(text, o);
  }

  /**
   * A complementizer or relative stands between: a verb after it may belong to the clause it
   * opens (نقلت رويترز عن علماء أنهم رسموا … وتبين لهم), whose subject is not the sentence's.
   */
  private boolean reportedClauseBetween(AnalyzedText text, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = text.form(i);
      if (cues.complementizers.contains(w) || cues.bareThat.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** حيث stands between: it opens a clause of its own, with its own subject. */
  private boolean whereBetween(AnalyzedText text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (cues.where.contains(text.form(i))) {
        return true;
      }
    }
    return false;
  }

  /** Actors joined by و to the subject before a verb, nearest first: مصر والأردن وسوريا اتفقت. */
  private List<Integer> coordinatedBefore(AnalyzedText text, EntityLayer layer,
      List<Occurrence> before, Occurrence subject, int left) {
    List<Integer> out = new ArrayList<>();
    int k = before.indexOf(subject);
    while (k > 0 && obliques.cueBefore(text, layer, before.get(k).start(), left).equals("و")) {
      Occurrence prev = before.get(k - 1);
      int joint = before.get(k).start() - prev.end();
      if (joint > 1 || !EntityKinds.isActor(layer, prev.entity())) {
        break;
      }
      out.add(prev.entity());
      k--;
    }
    return out;
  }

  /**
   * The country whose adjective qualifies the words from {@code from} (طائرات حربية إسرائيلية،
   * غارات روسية), if the document names that country.
   */
  private Optional<Integer> countryOfAdjective(AnalyzedText text, EntityLayer layer, int from,
      int to) {
    for (int i = from; i < Math.min(to, from + 3); i++) {
      if (!text.isWord(i) || layer.entityAt(i) >= 0) {
        return Optional.empty();
      }
      String code = demonyms.get(text.form(i));
      if (code != null) {
        return Optional.ofNullable(layer.countryEntity(code));
      }
    }
    return Optional.empty();
  }

  /**
   * Types where forces act and an adjective names whose they are (غارات إسرائيلية، قوات روسية);
   * a "Russian source" or "American mediation" does not make the country the speaker or party.
   */
  private static boolean forceUsed(EventType type) {
    return type == EventType.ATTACK || type == EventType.DEPLOYMENT
        || type == EventType.WITHDRAWAL;
  }
}
