package io.khabar.event;

import io.khabar.kb.EntityType;
import io.khabar.ner.Entity;
import io.khabar.ner.EntityLayer;
import io.khabar.ner.Mention;
import io.khabar.text.ArabicNormalizer;
import io.khabar.token.AnalyzedText;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where an event happened when the words after its trigger do not say: a place fronted in its
 * clause (وفي واشنطن، قال المتحدث …), or the place حيث ("where") points back to (وصل إلى بيروت حيث
 * التقى …). A diplomatic act in a city is hosted by the city's country when the document names
 * it (السفارة في دمشق: Syria is the other party).
 *
 * <p>Arabic news also locates an event without في: a noun of direction or nearness is itself an
 * adverb of place (مواقعهم جنوب ولاية حلب، على أطراف مدينة عفرين، بالقرب من دمشق); a city or
 * region attacked is where the attack happened (هجوم على منطقة عفرين); a clause describing an
 * attack noun tells the same attack (غارات استهدفت مواقع في قطاع غزة); a gathering on whose
 * sidelines the event was held gives its place (على هامش مؤتمر السفراء في أنقرة), and so does
 * an arrival it happened upon (لدى وصوله إلى مطار بغداد); a statement made from a city was made
 * there (قال تيلرسون من سيدني). A place inside
 * the apposition of the subject (قال فكرت أوزار، سفير تركيا في قطر، …) tells where the person
 * serves, not where the event happened.
 *
 * <p>A place named with the noun of its unit or its surroundings (ريف درعا، محافظة أربيل، مدينة
 * حلب) lies in the place of the bare name: when the name finder took the noun into the name and
 * the document names the bare place too (شمال شرق درعا), the event's place is that one entity.
 */
final class Places {

  private final Cues cues;
  private final Obliques obliques;
  private final SpeechPlaces speech;

  Places(Cues cues, Obliques obliques) {
    this.cues = cues;
    this.obliques = obliques;
    this.speech = new SpeechPlaces(cues);
  }

  /**
   * The document's entity for the bare name of {@code place} when its name opens with a noun of
   * land or unit (ريف درعا → درعا, PLACE_UNIT), else {@code place} itself. A building keeps its
   * name (قصر قرطاج is not Carthage), and so does a direction (جنوب سوريا is more exact than
   * Syria).
   */
  int settled(EntityLayer layer, int place) {
    if (cues.placeUnits.isEmpty()) {
      return place;
    }
    ArabicNormalizer n = ArabicNormalizer.get();
    for (Mention m : layer.entities().get(place).mentions()) {
      int space = m.text().indexOf(' ');
      String head = space < 0 ? "" : n.matchingForm(m.text().substring(0, space));
      if (!cues.placeUnits.contains(head)) {
        continue;
      }
      String bare = n.matchingForm(m.text().substring(space + 1));
      List<Entity> entities = layer.entities();
      for (int k = 0; k < entities.size(); k++) {
        if (k != place && entities.get(k).type() == EntityType.LOCATION && entities.get(k)
            .mentions().stream().map(o -> n.matchingForm(o.text()))
            .anyMatch(o -> bare.equals(o) || bare.startsWith(o + " "))) {
          return k; // ريف حلب الشمالي: the name and its adjective
        }
      }
    }
    return place;
  }

  /**
   * {@link #settled(EntityLayer, int)}, and a place named right after a noun of direction or unit
   * with an adjective agreeing with that noun (في ضواحي السويداء الشرقية: the eastern suburbs,
   * when the name finder took the adjective into the name): the adjective is the noun's, so the
   * place is the bare name, when the document names it.
   */
  int settled(AnalyzedText text, EntityLayer layer, int place) {
    int settled = settled(layer, place);
    if (settled != place) {
      return settled;
    }
    ArabicNormalizer n = ArabicNormalizer.get();
    for (Mention m : layer.entities().get(place).mentions()) {
      int space = m.text().lastIndexOf(' ');
      String adjective = space < 0 ? "" : n.matchingForm(m.text().substring(space + 1));
      if (!adjective.startsWith("ال") || !adjective.endsWith("يه") && !adjective.endsWith("ي")) {
        continue;
      }
      int first = text.tokenAtOrAfter(m.span().start());
      if (first < 1 || first >= text.size() || !locative(text.form(first - 1))
          && !cues.placeNouns.contains(text.form(first - 1))) {
        continue; // القدس الشرقية، الغوطة الشرقية: the adjective is the name's own
      }
      String bare = n.matchingForm(m.text().substring(0, space));
      List<Entity> entities = layer.entities();
      for (int k = 0; k < entities.size(); k++) {
        if (k != place && entities.get(k).type() == EntityType.LOCATION && entities.get(k)
            .mentions().stream().anyMatch(o -> bare.equals(n.matchingForm(o.text())))) {
          return k;
        }
      }
    }
    return place;
  }

  /**
   * A country, or a place named by a noun of direction (جنوب سوريا، شمال العراق): wider than a
   * town or region the text names in it.
   */
  boolean wider(EntityLayer layer, int place) {
    if (EntityKinds.isCountry(layer, place)) {
      return true;
    }
    ArabicNormalizer n = ArabicNormalizer.get();
    for (Mention m : layer.entities().get(place).mentions()) {
      int space = m.text().indexOf(' ');
      if (space > 0 && cues.locativeNouns.contains(n.matchingForm(m.text().substring(0, space)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A place fronted before the trigger in its clause: وفي واشنطن، قال المتحدث …; for a statement
   * its في opens the clause, and a place ending a phrase before the verb (لعملية تسميم في
   * إنجلترا، اتهمت) is that phrase's. (A verbal noun's governing verb may take it anywhere: وقّع
   * الطرفان أمس في جدة اتفاقاً.)
   */
  Optional<Integer> placeBefore(AnalyzedText text, EntityLayer layer,
      List<Occurrence> before, int left, boolean statement) {
    for (int k = before.size() - 1; k >= 0; k--) {
      Occurrence o = before.get(k);
      if (EntityKinds.isPlace(layer, o.entity()) && !EntityKinds.isCountry(layer, o.entity())
          && obliques.cueBefore(text, layer, o.start(), left).equals("في")
          && (!statement || speech.frontedSetting(text, left, o.start()))) {
        return Optional.of(o.entity());
      }
    }
    return Optional.empty();
  }

  /**
   * حيث ("where") right before the trigger points back to the place just named: وصل إلى بيروت
   * حيث التقى … — the meeting is in Beirut.
   */
  Optional<Integer> placeOfWhere(AnalyzedText text, EntityLayer layer, int sentenceStart,
      int trigger) {
    for (int i = trigger - 1; i >= Math.max(sentenceStart, trigger - 3); i--) {
      String f = text.form(i);
      if (cues.where.contains(f) || f.startsWith("و") && cues.where.contains(f.substring(1))) {
        for (int j = i - 1; j >= sentenceStart; j--) {
          int e = layer.entityAt(j);
          if (e >= 0 && EntityKinds.isPlace(layer, e)) {
            return Optional.of(e);
          }
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** على in matching form. */
  private static final String ON = ArabicNormalizer.get().matchingForm("على");
  /** إلى in matching form. */
  private static final String TO = ArabicNormalizer.get().matchingForm("إلى");
  /** Tokens a direction noun may stand before its place: جنوب ولاية شانلي أورفة. */
  private static final int LOCATIVE_REACH = 4;
  /** Tokens from على هامش to the gathering's place: على هامش مؤتمر السفراء الأتراك في أنقرة. */
  private static final int SIDELINES_REACH = 8;

  /**
   * A noun of direction or nearness heads the phrase of the place at {@code start}, across
   * place nouns (جنوب ولاية شانلي أورفة، على أطراف مدينة عفرين، بالقرب من دمشق، بشمال سوريا):
   * the phrase says where, whatever preposition stands before the noun.
   */
  boolean locatedByNoun(AnalyzedText text, int start, int floor) {
    for (int i = start - 1; i >= Math.max(floor, start - LOCATIVE_REACH); i--) {
      String w = text.form(i);
      if (locative(w)) {
        return true;
      }
      if (w.equals("من") && i > floor && locative(text.form(i - 1))) {
        return true; // بالقرب من، على مقربة من
      }
      if (!text.isWord(i) || !cues.placeNouns.contains(w)) {
        return false;
      }
    }
    return false;
  }

  /**
   * A place after a noun of direction or nearness in the clause (أسفرت هجمات تفجيرية جنوبي سوريا،
   * قصف قرب دمشق) is where the event happened, never who acted: it leaves the agents and becomes
   * the place when none is known.
   */
  Arguments.Roles withoutLocatedAgents(AnalyzedText text, EntityLayer layer, Clause c,
      Arguments.Roles roles) {
    Optional<Integer> place = roles.place();
    for (Occurrence o : Tokens.occurrences(layer, c.left(), c.right())) {
      if (roles.agent().contains(o.entity()) && EntityKinds.isPlace(layer, o.entity())
          && locatedByNoun(text, o.start(), c.left())) {
        roles.agent().remove(o.entity());
        place = place.or(() -> Optional.of(o.entity()));
      }
    }
    return place.equals(roles.place()) ? roles : new Arguments.Roles(roles.agent(),
        roles.others(), roles.recipients(), roles.targets(), place);
  }

  private boolean locative(String w) {
    return cues.locativeNouns.contains(w)
        || w.length() > 3 && w.charAt(0) == 'ب' && cues.locativeNouns.contains(w.substring(1));
  }

  /**
   * A city or region attacked is where the attack happened (هجوم على منطقة عفرين، استهدفت قاعدة
   * عين الأسد): the most exact place the sentence gives, before a place that locates the target
   * itself (بلدة خان شيخون في محافظة إدلب، الغوطة الشرقية قرب دمشق). A state attacked is no place.
   */
  static Optional<Integer> attacked(EntityLayer layer, Set<Integer> targets) {
    for (Integer t : targets) {
      if (EntityKinds.isPlace(layer, t) && !EntityKinds.isCountry(layer, t)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * The entity at {@code start} lies in the apposition set off by commas right after the subject
   * named after the verb (قال فكرت أوزار، سفير تركيا في قطر، إن …): the title's place. An
   * apposition is a noun phrase; one opening with a preposition is an adjunct of the verb.
   */
  boolean inSubjectApposition(AnalyzedText text, EntityLayer layer,
      Optional<Occurrence> subjectAfter, int start) {
    if (subjectAfter.isEmpty() || start <= subjectAfter.get().end() + 1) {
      return false;
    }
    int end = subjectAfter.get().end(); // start > end + 1: both tokens read lie in the text
    if (!Tokens.isComma(text.form(end))
        || cues.cuePrepositions.contains(text.form(end + 1))) {
      return false; // ظريف، في مقابلة مع CNN، في طهران: a phrase of place, not a title
    }
    for (int i = end + 1; i < start; i++) {
      if (!text.isWord(i) || layer.entityAt(i) == subjectAfter.get().entity()) {
        return false; // وصل الوزير، مايك بومبيو إلى الرياض: the name, not a title
      }
    }
    return true;
  }

  /**
   * على هامش X في Y after the trigger in its sentence: the event was held on the sidelines of a
   * gathering in Y (التقى الوزير نظيره على هامش قمة العشرين في أوساكا), before any other
   * trigger. A statement's setting may come after what was said when وذلك points back to it
   * (قال … إن …، وذلك في تصريح على هامش مؤتمر السفراء في أنقرة). A statement made during a
   * gathering (خلال، أثناء، في + GATHERING) was made where the gathering is held: the place after
   * its noun (قال أردوغان خلال مؤتمر صحفي في أنقرة، خلال القمة العربية المنعقدة في الظهران), also
   * across a comma before the participle of holding (خلال المنتدى الاقتصادي، المنعقد في روسيا),
   * a country included, before any other event told after it. The gathering stands right after the speaker (and his title), before
   * what was said: one after a complementizer, a quotation, a colon or a complement (أعرب عن
   * رغبته في مصافحته خلال القمة المقبلة في البيرو، تزعم أن … خلال حفل في ضواحي واشنطن) is part of
   * what was said, unless وذلك points back to the saying.
   */
  Optional<Integer> onSidelines(AnalyzedText text, EntityLayer layer, int[] triggerStarts,
      Found f, Clause c) {
    boolean statement = f.trigger().type() == EventType.STATEMENT;
    for (int i = f.end() + 1; i < c.sentenceEnd(); i++) {
      boolean sidelines = cues.sidelines.contains(text.form(i)) && text.form(i - 1).equals(ON);
      boolean gathering = statement && gathering(text, i);
      if (!sidelines && !gathering) {
        continue;
      }
      boolean back = statement && pointsBack(text, f.end(), i);
      if (Tokens.anotherTriggerBetween(triggerStarts, f.start(), i) && !back
          || gathering && !sidelines && !back && !settingOfSpeech(text, f.end(), i)) {
        return Optional.empty();
      }
      for (int j = i + 1; j < Math.min(c.sentenceEnd(), i + SIDELINES_REACH); j++) {
        if (gathering && Tokens.isComma(text.form(j)) && j + 1 < c.sentenceEnd()
            && cues.held.contains(text.form(j + 1))) {
          continue; // المنتدى الاقتصادي، المنعقد في روسيا
        }
        if (!text.isWord(j) && !Tokens.isQuote(text.form(j))
            || gathering && Arrays.binarySearch(triggerStarts, j) >= 0) {
          break; // المؤتمر الصحفي الذي يسبق لقاء فريقه ببرشلونة: the match's place
        }
        int e = layer.entityAt(j);
        if (e >= 0 && EntityKinds.isPlace(layer, e)) {
          String cue = obliques.cueBefore(text, layer, j, i + 1);
          return cue.equals("في") || cue.equals("ب") ? Optional.of(e) : Optional.empty();
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Between the speech verb and the gathering stand only its subject and title: no complement. */
  private boolean settingOfSpeech(AnalyzedText text, int from, int to) {
    for (int i = from; i < to - 1; i++) {
      String w = text.form(i);
      if (cues.complementizers.contains(w) || cues.cuePrepositions.contains(w) || w.equals("عن")
          || w.equals(":") || Tokens.isQuote(w)) {
        return false;
      }
    }
    return true;
  }

  /** A gathering noun right after خلال، أثناء or في (a proclitic و allowed on the noun's cue). */
  private boolean gathering(AnalyzedText text, int i) {
    if (i < 1 || !cues.gatherings.contains(text.form(i))) {
      return false;
    }
    String before = text.form(i - 1);
    return before.equals("في") || cues.setting.contains(before)
        || before.length() > 3 && before.charAt(0) == 'و' && cues.setting.contains(before.substring(1));
  }

  /** وذلك stands a few words before {@code at}: the phrase tells the setting of what was said. */
  private boolean pointsBack(AnalyzedText text, int from, int at) {
    for (int i = at - 1; i >= Math.max(from, at - 4); i--) {
      if (cues.backReference.contains(text.form(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * An attack or a gathering told by a chain of triggers (شنّ غارات استهدفت 150 موقعا في قطاع غزة،
   * هجوم استهدف بلدة …، تستضيف ميركل مؤتمراً دولياً في برلين): the verb after the attack noun
   * describes it, the gathering noun is the host verb's object, so a place after the chain,
   * before any other trigger of the clause, is the event's. The chain starts after the verb's
   * subject when that follows it ({@code objectSlot}).
   */
  Optional<Integer> inDescribingClause(AnalyzedText text, EntityLayer layer, int[] triggerStarts,
      Found f, Clause c, int objectSlot) {
    int reach = Math.max(f.reach(), objectSlot);
    int k = Tokens.lowerBound(triggerStarts, f.start() + 1);
    boolean chained = false;
    while (k < triggerStarts.length && triggerStarts[k] <= reach + 1
        && (triggerStarts[k] == reach || reach < text.size() && relative(text.form(reach)))) {
      reach = triggerStarts[k] + 1;
      chained = true;
      k++;
    }
    if (!chained) {
      return Optional.empty();
    }
    int to = Math.min(c.right(), k < triggerStarts.length ? triggerStarts[k] : c.right());
    for (Occurrence o : Tokens.occurrences(layer, reach, to)) {
      if (EntityKinds.isPlace(layer, o.entity())
          && cues.placePrepositions.contains(obliques.cueBefore(text, layer, o.start(), reach))) {
        return Optional.of(o.entity());
      }
    }
    return Optional.empty();
  }

  /** Tokens from an attack to the resumptive فيه of a clause on its toll. */
  private static final int TOLL_REACH = 20;
  /** Tokens from that فيه to the place the clause gives. */
  private static final int TOLL_PLACE_REACH = 12;

  /**
   * An attack whose toll a coordinated clause tells with a pronoun back to it (هجوم … وقتل فيه
   * ستة أشخاص في بلدة غابالامي، الهجوم الذي أصيب فيه جنديان في كركوك): the pronoun of فيه / فيها
   * / خلاله is the attack, so a place after في in that clause is where it happened. The clause
   * follows the attack in its sentence, with no full stop between.
   */
  Optional<Integer> inTollClause(AnalyzedText text, EntityLayer layer, Found f, Clause c) {
    int end = Math.min(c.sentenceEnd(), f.reach() + TOLL_REACH);
    for (int i = f.reach() + 1; i < end; i++) {
      if (Tokens.isBreak(text, i)) {
        return Optional.empty();
      }
      String w = text.form(i);
      if (!w.equals("فيه") && !w.equals("فيها") && !w.equals("خلاله")) {
        continue;
      }
      String verb = text.form(i - 1);
      if (!verb.startsWith("و") && !relative(verb) && !relative(text.form(Math.max(0, i - 2)))) {
        return Optional.empty(); // وقتل فيه، الذي قتل فيه: a clause on the attack, nothing else
      }
      int to = Math.min(c.sentenceEnd(), i + 1 + TOLL_PLACE_REACH);
      for (Occurrence o : Tokens.occurrences(layer, i + 1, to)) {
        if (EntityKinds.isPlace(layer, o.entity())
            && cues.placePrepositions.contains(obliques.cueBefore(text, layer, o.start(), i + 1))) {
          return Optional.of(o.entity());
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static boolean relative(String w) {
    return w.equals("الذي") || w.equals("التي") || w.equals("الذين");
  }

  /** Tokens from an arrival to its destination: لدى وصوله صباح اليوم إلى بغداد. */
  private static final int ARRIVAL_REACH = 5;

  /**
   * An event upon an arrival in its sentence happened at the arrival's destination: كان رئيس
   * الوزراء في استقبال البابا لدى وصوله إلى مطار بغداد، وعند وصوله إلى دمشق التقى الرئيس.
   */
  Optional<Integer> onArrival(AnalyzedText text, EntityLayer layer, Clause c) {
    for (int i = c.sentenceStart(); i + 1 < c.sentenceEnd(); i++) {
      if (!upon(text.form(i)) || !cues.arrival.contains(text.form(i + 1))) {
        continue;
      }
      for (int j = i + 2; j < Math.min(c.sentenceEnd(), i + 2 + ARRIVAL_REACH); j++) {
        int e = layer.entityAt(j);
        if (e >= 0 && EntityKinds.isPlace(layer, e)
            && obliques.cueBefore(text, layer, j, i + 2).equals(TO)) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }

  private boolean upon(String w) {
    return cues.upon.contains(w)
        || w.length() > 2 && w.charAt(0) == 'و' && cues.upon.contains(w.substring(1));
  }

  /**
   * A statement made from a place (قال تيلرسون من سيدني): من right after the speaker (or the
   * verb) says where the speaker spoke; further on it is the origin of something told (سقوط
   * قذائف من غزة، الاعتذار من السعودية). A country after the speaker is where the speaker comes
   * from, a nationality, not where he spoke (قال الحقوقي كانتون من الأرجنتين).
   */
  static boolean spokeFrom(AnalyzedText text, EntityLayer layer, EventType type, String cue,
      int objectSlot, Occurrence o) {
    return type == EventType.STATEMENT && cue.equals("من") && o.start() == objectSlot + 1
        && text.form(objectSlot).equals("من") && !EntityKinds.isCountry(layer, o.entity());
  }
}
