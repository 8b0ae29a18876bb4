package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the roles of the entities after the trigger, once the subject is known. Co-participants
 * follow مع، بين … و، the ب of اجتمع ب/التقى ب, or stand as the direct object of a meeting,
 * message or attack verb; a subject after the verb may be coordinated (وقّعت السعودية وإيران);
 * recipients follow إلى / لدى / لـ; targets follow على / ضد / بحق (and لـ of an attack: مواقع
 * لحزب الله). A location is the place after في / إلى / ب (or a visit's destination, a city
 * attacked is the target), a host country of a diplomatic act the other party, a country that
 * aid or a message goes to the recipient; a capital after a cue is never an actor. With no agent
 * the first co-participant acts.
 */
final class Arguments {

  /** Tokens between a subject and its object: التقى الأسد أمس الثلاثاء وزير الخارجية … */
  private static final int OBJECT_REACH = 4;

  /** The entities of an event by role, each in text order. */
  record Roles(Set<Integer> agent, Set<Integer> others, Set<Integer> recipients,
      Set<Integer> targets, Optional<Integer> place) {}

  private final Cues cues;
  private final Obliques obliques;
  private final Places places;
  private final SpeechPlaces speechPlaces;
  private final QuotationPlaces quotationPlaces;

  Arguments(Cues cues, Obliques obliques, Places places) {
    this.cues = cues;
    this.obliques = obliques;
    this.places = places;
    this.speechPlaces = new SpeechPlaces(cues);
    this.quotationPlaces = new QuotationPlaces(cues);
  }

  Roles read(AnalyzedText text, EntityLayer layer, boolean[] inTimex, int[] triggerStarts,
      Found f, Clause c,
      boolean nominal, Subjects.Subject subject, List<Occurrence> before,
      List<Occurrence> after) {
    EventType type = f.trigger().type();
    Set<Integer> agent = new LinkedHashSet<>(subject.agent());
    // رسالة إلى لبنان: a preposition the trigger phrase ends with still governs the entity
    // after it, which is no genitive of the noun, nor its subject unless من names the sender
    // (رسالة خطية من الملك)
    int cueFloor = f.end() - 1 > f.start() && cues.cuePrepositions.contains(text.form(f.end() - 1))
        ? f.end() - 1 : f.end();
    if (cueFloor < f.end() && !text.form(cueFloor).equals("من")) {
      subject.after().filter(o -> o.start() == f.end())
          .ifPresent(o -> agent.remove(o.entity()));
    }
    Set<Integer> others = new LinkedHashSet<>();
    Set<Integer> recipients = new LinkedHashSet<>();
    Set<Integer> targets = new LinkedHashSet<>();
    Optional<Integer> place = Optional.empty();
    Optional<Occurrence> subjectAfter = subject.after();

    int objectSlot = subjectAfter.filter(o -> agent.contains(o.entity())).map(Occurrence::end)
        .orElse(f.end());
    boolean inCoordination = false;
    // وقّعت السعودية وإيران اتفاقاً: a subject after the verb may be coordinated
    int coAgentEnd = subjectAfter.filter(o -> agent.contains(o.entity()))
        .map(Occurrence::end).orElse(-1);
    String titleCue = null;
    for (int k = 0; k < after.size(); k++) {
      Occurrence o = after.get(k);
      if (anotherEventBetween(text, triggerStarts, f, nominal, o.start())
          && o.start() > f.reach()) {
        break; // وتأتي زيارة فيدان بعد توقيع اتفاقية في الدوحة بين …: the signing's arguments
      }
      if (backer(text, o.start(), cueFloor) || !accord(type)
          && borderBound(text, layer, o.start(), cueFloor)) {
        continue; // الموالية لإيران، قرب الحدود بين أفغانستان وباكستان: no party
      }
      String carried = titleCue;
      titleCue = titleGenitive(text, layer, after, k, cueFloor);
      if (titleCue != null || agent.contains(o.entity())) {
        continue; // بملكة بريطانيا اليزابيث الثانية: the country names the title, not a party
      }
      String cue = carried != null ? carried : obliques.cueBefore(text, layer, o.start(), cueFloor);
      if (cue.equals("و") && coAgentEnd >= 0 && o.start() <= coAgentEnd + 1
          && EntityKinds.isActor(layer, o.entity()) && !EntityKinds.isCapital(layer, o.entity())) {
        agent.add(o.entity());
        coAgentEnd = o.end();
        continue;
      }
      coAgentEnd = -1;
      if (EntityKinds.isPlace(layer, o.entity())) {
        if (places.inSubjectApposition(text, layer,
            subjectAfter.filter(s -> agent.contains(s.entity())), o.start())) {
          continue; // قال فكرت أوزار، سفير تركيا في قطر: where he serves, not where he spoke
        }
        if (type == EventType.STATEMENT
            && speechPlaces.notWhereSaid(text, layer, agent, f.end(), o.start())) {
          continue; // قال إن إيران تحاول فتح جبهة في الجولان: a place of the words, not of saying
        }
        if (places.locatedByNoun(text, o.start(), f.end())) {
          place = place.or(() -> Optional.of(o.entity())); // مواقعهم جنوب ولاية شانلي أورفة
          continue; // على أطراف دمشق: a place, never the target
        }
      }
      boolean directObject = cue.isEmpty() && !nominal
          && objectGap(text, inTimex, objectSlot, o.start()) <= OBJECT_REACH
          && takesObject(type) && others.isEmpty();
      if (cue.isEmpty() && !directObject) {
        inCoordination = false;
        continue;
      }
      if (cue.equals("و") && !inCoordination && !betweenOpen(text, f.end(), o.start())) {
        continue;
      }
      // a capital acts only as a subject: after a cue it is the place, the target or the party
      // named by its country elsewhere (رفع العقوبات المفروضة على دمشق)
      boolean actor = EntityKinds.isActor(layer, o.entity())
          && !EntityKinds.isCapital(layer, o.entity());
      boolean location = EntityKinds.isPlace(layer, o.entity());
      if (location && EntityKinds.isCountry(layer, o.entity())) {
        if (type == EventType.DIPLOMATIC
            && (cue.equals("في") || cue.equals("لدي") || cue.equals("مع"))) {
          others.add(o.entity()); // سفارتها في سوريا: the host country is the other party
          continue;
        }
        if ((type == EventType.AID || type == EventType.MESSAGE)
            && (cues.addresseePrepositions.contains(cue) || cue.equals("ل"))) {
          recipients.add(o.entity()); // مساعدات إلى سوريا: the country receives
          continue;
        }
      }
      if (location && type == EventType.ATTACK && (cues.targetPrepositions.contains(cue)
          || cue.isEmpty() && !nominal && o.start() - objectSlot <= OBJECT_REACH)) {
        targets.add(o.entity()); // غارات على غزة، استهدفت قاعدة عين الأسد: the place attacked
        continue;
      }
      if (location && place.isEmpty() && (cues.placePrepositions.contains(cue)
          || Places.spokeFrom(text, layer, type, cue, objectSlot, o) // قال تيلرسون من سيدني
          || type == EventType.VISIT && cue.equals("ل") // زيارة بابوية للعراق
          || type == EventType.VISIT && cue.isEmpty() && o.start() - objectSlot <= OBJECT_REACH)) {
        place = Optional.of(o.entity()); // في أنقرة، إلى بيروت، بدمشق، زار دمشق
        continue;
      }
      if (!actor || location && (cue.equals("في") || cue.equals("داخل") || cue.equals("قرب")
          || cue.equals("ب") && type != EventType.MEETING && type != EventType.PHONE_CALL)) {
        continue; // في اليمن، باليمن: a country after a place preposition is where, not who
      }
      if (cues.targetPrepositions.contains(cue)) {
        targets.add(o.entity());
        inCoordination = true;
      } else if (type == EventType.ATTACK && cue.equals("ل")) {
        targets.add(o.entity()); // مواقع لحزب الله: the positions of whom was struck
        inCoordination = true;
      } else if (cues.addresseePrepositions.contains(cue) || cue.equals("ل")) {
        recipients.add(o.entity());
        inCoordination = true;
      } else if (cues.partyPrepositions.contains(cue) && forcesMove(type)) {
        inCoordination = false; // تخليها القوات بالتنسيق مع الوزارة: forces move, partners are no party
      } else if (cues.partyPrepositions.contains(cue) || cue.equals("و")
          || cue.equals("ب") && takesObject(type) || directObject) {
        others.add(o.entity());
        inCoordination = true;
      } else {
        inCoordination = false;
      }
    }
    if (type == EventType.ATTACK) {
      Optional<Integer> told = place;
      place = Places.attacked(layer, targets).or(() -> told);
    }
    if (place.isEmpty() && (type == EventType.ATTACK || type == EventType.MEETING)) {
      place = places.inDescribingClause(text, layer, triggerStarts, f, c, objectSlot);
    }
    if (place.isEmpty() && type == EventType.ATTACK) {
      place = places.inTollClause(text, layer, f, c); // هجوم … وقتل فيه ستة في بلدة غابالامي
    }
    if (place.isEmpty()) {
      place = places.placeBefore(text, layer, before, c.left(), type == EventType.STATEMENT);
    }
    if (place.isEmpty()) {
      place = places.placeOfWhere(text, layer, c.sentenceStart(), f.start());
    }
    if (place.isEmpty()) {
      place = places.onSidelines(text, layer, triggerStarts, f, c)
          .or(() -> places.onArrival(text, layer, c));
    }
    if (place.isEmpty()) {
      place = quotationPlaces.after(text, layer, f, c); // "تستهدف مواقع للتنظيم"، في ضواحي حلب
    }
    if (type == EventType.DIPLOMATIC && place.isPresent()
        && !EntityKinds.isCountry(layer, place.get())) {
      EntityKinds.hostCountry(layer, place.get()).ifPresent(others::add); // السفارة في دمشق
    }
    if (agent.isEmpty() && !others.isEmpty() && type != EventType.STATEMENT
        && !subject.unnamed()) {
      Integer first = others.iterator().next();
      others.remove(first);
      agent.add(first);
    }
    return new Roles(agent, others, recipients, targets, place);
  }

  /**
   * The name at {@code start} follows a participle of allegiance or backing, with its ل or من
   * (الموالية لإيران، المدعومة من تركيا): it names whom a party serves, not a party.
   */
  private boolean backer(AnalyzedText text, int start, int floor) {
    int i = start - 1;
    if (i > floor && text.form(i).equals("من")) {
      i--;
    }
    return i >= floor && cues.allegiance.contains(text.form(i));
  }

  /** An agreement or talks may be about the border itself (ترسيم الحدود بين مصر وقبرص). */
  private static boolean accord(EventType type) {
    return type == EventType.AGREEMENT || type == EventType.NEGOTIATION;
  }

  /** Words of adjective a border noun may carry before its مع / بين: الحدود الجنوبية الشرقية مع. */
  private static final int BORDER_REACH = 3;

  /**
   * The name at {@code start} is a place a border bounds: after مع or بين right after a border
   * noun and its adjectives (الحدود مع باكستان، المنطقة الحدودية مع غزة), or the second of بين X
   * وY. It tells where the border runs, neither a party nor where the event happened (the
   * border's side is not said) — except for an agreement or talks, whose topic the border may be
   * and whose parties the states bounding it then are.
   */
  private boolean borderBound(AnalyzedText text, EntityLayer layer, int start, int floor) {
    if (!EntityKinds.isPlace(layer, layer.entityAt(start))) {
      return false; // a party after بين is fought with, not bounded
    }
    int i = start - 1;
    if (text.form(start).startsWith("و")) {
      while (i >= floor && layer.entityAt(i) >= 0 && EntityKinds.isPlace(layer, layer.entityAt(i))) {
        i--; // بين أفغانستان وباكستان: back over the first bound
      }
    }
    if (i <= floor || !(text.form(i).equals("مع") || text.form(i).equals("بين"))) {
      return false;
    }
    for (int k = i - 1; k >= Math.max(floor, i - 1 - BORDER_REACH); k--) {
      if (cues.frontiers.contains(text.form(k))) {
        return true;
      }
      if (!text.isWord(k)) {
        return false;
      }
    }
    return false;
  }

  /**
   * A trigger of another event stands between the trigger and {@code to}. The carrying-out verb
   * of an attack noun's relative clause (هجوما على أحد مواقعه شنته بوكو حرام … في جنوب شرق
   * النيجر) tells the same attack: what follows it is still the attack's.
   */
  private boolean anotherEventBetween(AnalyzedText text, int[] triggerStarts, Found f,
      boolean nominal, int to) {
    int i = Tokens.lowerBound(triggerStarts, f.start() + 1);
    for (; i < triggerStarts.length && triggerStarts[i] < to; i++) {
      if (!(nominal && f.trigger().type() == EventType.ATTACK
          && cues.carryOut.contains(text.form(triggerStarts[i])))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The cue of a title whose genitive is the place at {@code after[k]}, right before a person's
   * name (التقى بملكة بريطانيا اليزابيث الثانية، مع رئيس وزراء بريطانيا تيريزا ماي): the place
   * only names the title, and the title's cue (ب، مع; "" for none) governs the person. Null when
   * the place is no such genitive: one after a preposition (التقى في لندن ماي) is where.
   */
  private String titleGenitive(AnalyzedText text, EntityLayer layer, List<Occurrence> after,
      int k, int floor) {
    Occurrence o = after.get(k);
    if (k + 1 >= after.size() || !EntityKinds.isPlace(layer, o.entity())
        || after.get(k + 1).start() != o.end() || !EntityKinds.isPerson(layer, after.get(k + 1).entity())
        || o.start() - 1 < floor || !text.isWord(o.start() - 1)
        || !obliques.cueBefore(text, layer, o.start(), o.start()).isEmpty()) {
      return null;
    }
    String title = text.form(o.start() - 1);
    if (cues.cuePrepositions.contains(title) || title.length() < 3) {
      return null; // في لندن، إلى بريطانيا: the place itself is governed
    }
    if (title.length() > 3 && "بلو".indexOf(title.charAt(0)) >= 0
        && obliques.isTitleWord(title.substring(1))) {
      return title.substring(0, 1);
    }
    for (int i = o.start() - 2; i >= Math.max(floor, o.start() - 4); i--) {
      String w = text.form(i);
      if (cues.cuePrepositions.contains(w)) {
        return w; // مع رئيس وزراء بريطانيا تيريزا ماي
      }
      if (!text.isWord(i)) {
        break;
      }
    }
    char first = title.charAt(0); // بملكة: ب or ل on the title (و may be its first letter: وزراء)
    return title.length() > 3 && "بل".indexOf(first) >= 0 ? String.valueOf(first) : "";
  }

  /**
   * Tokens between a verb's subject and a candidate object, not counting a time expression or
   * a place phrase (في + up to three words) between them: استقبل الملك في قصر الحسينية أمس
   * الثلاثاء وزير الخارجية.
   */
  private static int objectGap(AnalyzedText text, boolean[] inTimex, int from, int to) {
    int gap = 0;
    int placePhrase = 0;
    for (int i = from; i < to; i++) {
      if (inTimex[i]) {
        continue;
      }
      if (text.form(i).equals("في")) {
        placePhrase = 3;
        continue;
      }
      if (placePhrase > 0 && text.isWord(i)) {
        placePhrase--;
        continue;
      }
      gap++;
    }
    return gap;
  }

  /**
   * بين opened the second conjunct's pair a few words before, its first conjunct naming no one we
   * know (بين مكتبه والسلطة الفلسطينية): the one after و is still a party.
   */
  private static boolean betweenOpen(AnalyzedText text, int from, int at) {
    for (int i = at - 1; i >= Math.max(from, at - 4); i--) {
      if (text.form(i).equals("بين")) {
        return true;
      }
      if (!text.isWord(i)) {
        return false;
      }
    }
    return false;
  }

  /** Withdrawals and deployments: forces move, and who they coordinate with takes no part. */
  private static boolean forcesMove(EventType type) {
    return type == EventType.WITHDRAWAL || type == EventType.DEPLOYMENT;
  }

  /** Types whose verb takes the other party as its direct object (التقى الشرع بوتين). */
  private static boolean takesObject(EventType type) {
    return type == EventType.MEETING || type == EventType.PHONE_CALL || type == EventType.MESSAGE
        || type == EventType.AGREEMENT || type == EventType.NEGOTIATION
        || type == EventType.ATTACK || type == EventType.VISIT;
  }
}
