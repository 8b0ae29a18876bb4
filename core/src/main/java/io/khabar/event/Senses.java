package io.khabar.event;

import io.khabar.kb.EntityType;
import io.khabar.ner.EntityLayer;
import io.khabar.ner.ProcliticStripper;
import io.khabar.token.AnalyzedText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Word senses the frame around a trigger rules out, each a construction of news Arabic:
 * <ul>
 *   <li>an arrival verb whose subject or destination is a quantity means "amounts to" (يصل
 *       إجمالي المبالغ إلى، وصل عدد القتلى إلى، ما يصل إلى 25 عاما), not a visit;
 *   <li>a verb of striking right after an event noun (or its definite adjectives) has the event
 *       as subject: "aims at" (عقوبات تستهدف سلوك إيران) or a raid already told (الغارة الأولى
 *       استهدفت منشأة), not a new attack;
 *   <li>a verbal noun of purpose right after an organisation's name is the organisation's
 *       mission, part of its name (التحالف الدولي لقتال داعش، اللجنة الوطنية لمكافحة الإرهاب);
 *   <li>an attack noun after a word of stopping is a ceasefire (وقف إطلاق النار، هدنة), no attack,
 *       also with qualifiers between when the noun takes لـ (وقفا مؤقتا لإطلاق النار);
 *   <li>a strike qualified by a word of play is a move in a game (بضربة رأسية، ضربة جزاء، خط هجوم الفريق);
 *   <li>an indefinite attack noun that is the predicate of a copula or of a verb of constituting
 *       (ستكون ضربة قاسية للاتفاق، ويمثل فقدان اللاعب ضربة قوية للمنتخب) says what something
 *       amounts to, "a blow to", no attack: an attack is told as an event (شن، نفذ، وقعت);
 *   <li>a speech verb of the shape فاعل (تابع "went on") is also the active participle of its
 *       root; followed by لـ it is that participle, "belonging to" (مجمع تابع لحركة حماس), no
 *       statement;
 *   <li>طالب "demanded", spelt as the noun "student", is a statement only with its بـ complement
 *       in the clause (طالب النائب بتشكيل لجنة);
 *   <li>a participle of speech right after a copula and its subject is the copula's predicate
 *       (ما لم يكن الأمن القومي مهددا "threatened"), no participle of speech;
 *   <li>a verb of writing (كتب) reports speech only when a quotation or a colon ends its clause
 *       (وكتب القاضي في قراره: «…»); otherwise it wrote a book, a letter, a name; so does the
 *       imperfect of تابع "goes on", which is otherwise "follows, monitors" (روسيا تتابع جهوده);
 *   <li>teams meet and attack on the pitch: a meeting or an attack in a sentence with two words
 *       of a sports match or a club the knowledge base knows (يلتقي يوفنتوس مع ريال مدريد في دور
 *       الثمانية، تعرض المنتخب لهجوم في الشوط الثاني واستقبلت شباكه هدفين) is the match;
 *   <li>an agreement noun that names an agreement already made is a document, not the act of
 *       agreeing: definite and qualified by a nisba adjective (الاتفاق النووي، الاتفاقية الأمنية)
 *       or in construct with a place (اتفاق باريس، باتفاق إيران): news tells the act with a verb
 *       (وقع، توصل إلى، أبرم), which is a trigger of its own, unless a relative clause tells it
 *       right after the name («الاتفاق النووي» الذي توصلت إليه إيران: the event) or the noun is the
 *       verbal noun of its parties' agreeing on something (اتفاق أنقرة وموسكو على شراء الصواريخ).
 * </ul>
 * A word of speech that invites, permits or styles oneself says nothing ({@link UnspokenSenses}).
 * The quantity nouns, stopping, play and writing words are roles of {@code argument-cues.tsv}.
 */
final class Senses {

  private final Set<String> quantities;
  private final Set<String> stopping;
  private final Set<String> play;
  private final Set<String> quoting;
  private final Set<String> match;

  /** The knowledge base's subtype of football clubs. */
  private static final String SPORTS_CLUB = "sports-club";

  /** Words of a match that make a sentence a match report. */
  private static final int MATCH_WORDS = 2;
  private final Set<String> copulas;
  private final Set<String> constituting;
  private final Set<String> demanding;
  private final UnspokenSenses unspoken;

  /**
   * Relative pronouns (matching form): the verb after one is the noun's relative clause, told
   * with it; after an agreement's name, one tells the agreement's making.
   */
  private static final Set<String> RELATIVES = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين");

  /** Tokens between a writing verb and the quotation it introduces. */
  private static final int QUOTE_REACH = 14;

  Senses(TriggerLexicon lexicon) {
    this.quoting = lexicon.cues("QUOTING");
    this.quantities = lexicon.cues("QUANTITY");
    this.stopping = lexicon.cues("STOPPING");
    this.play = lexicon.cues("PLAY");
    this.match = lexicon.cues("MATCH");
    this.copulas = lexicon.cues("COPULA");
    this.constituting = lexicon.cues("CONSTITUTING");
    this.demanding = lexicon.cues("DEMANDING");
    this.unspoken = new UnspokenSenses(lexicon);
  }

  /**
   * False when the frame gives the trigger another sense; {@code afterTrigger[i]} says a trigger
   * read ends right before token {@code i}.
   */
  boolean holds(AnalyzedText text, EntityLayer layer, Found f, boolean nominal, boolean purpose,
      boolean[] afterTrigger) {
    EventType type = f.trigger().type();
    if (type == EventType.VISIT && arrival(f) && amountsTo(text, f)) {
      return false;
    }
    if (type == EventType.ATTACK && !nominal && afterEventNoun(text, layer, f, afterTrigger)) {
      return false;
    }
    if (purpose && f.start() > 0 && organisationEndsAt(layer, f.start() - 1)) {
      return false;
    }
    if (type == EventType.ATTACK && (f.end() < text.size() && play.contains(text.form(f.end()))
        || f.start() > 0 && play.contains(text.form(f.start() - 1)))) {
      return false; // بضربة رأسية، ضربة جزاء: a move in a game
    }
    if (type == EventType.ATTACK && nominal && predicateOfBeing(text, f)) {
      return false; // ستكون ضربة قاسية للاتفاق: "a blow to"
    }
    if ((type == EventType.MEETING || type == EventType.ATTACK) && aboutAMatch(text, layer, f)) {
      return false;
    }
    if (type == EventType.AGREEMENT && nominal && namesAnAgreement(text, layer, f)) {
      return false;
    }
    if (type == EventType.STATEMENT && unspoken.unspoken(text, layer, f)) {
      return false; // دعاه إلى زيارة، تصريح عمل، يصف نفسه: an invitation, a permit, a self-styling
    }
    if (type == EventType.STATEMENT && belongingTo(text, f)) {
      return false;
    }
    if (type == EventType.STATEMENT && f.trigger().pos() == TriggerLexicon.Pos.PARTICIPLE
        && predicateOfCopula(text, f)) {
      return false; // ما لم يكن الأمن القومي مهددا: "threatened", the copula's predicate
    }
    if (type == EventType.STATEMENT && demanding.contains(Tokens.stem(text, f))
        && !demandFollows(text, f)) {
      return false; // طالب جامعي: the student, not "demanded"
    }
    if (type == EventType.STATEMENT && quoting.contains(Tokens.stem(text, f))
        && !quotationEndsClause(text, f)) {
      return false;
    }
    return !(type == EventType.ATTACK && afterStopping(text, layer, f));
  }

  /** وقف، هدنة، and the accusative وقفا. */
  private boolean isStopping(String w) {
    return stopping.contains(w)
        || w.endsWith("ا") && stopping.contains(w.substring(0, w.length() - 1));
  }

  /** Words of a ceasefire's qualifiers between the stopping noun and لإطلاق: وقف طويل الأمد. */
  private static final int STOPPING_REACH = 3;

  /**
   * A word of stopping right before the attack noun (وقف إطلاق النار، هدنة) or, when the noun
   * carries لـ, a few qualifying words before it (وقفا مؤقتا لإطلاق النار، وقف طويل الأمد
   * لإطلاق النار): a ceasefire. The stopping noun may carry a proclitic and the accusative ا.
   */
  private boolean afterStopping(AnalyzedText text, EntityLayer layer, Found f) {
    int reach = Tokens.proclitics(text, f).indexOf('ل') >= 0 ? STOPPING_REACH : 1;
    int floor = Math.max(text.sentenceStart(text.sentenceOf(f.start())), f.start() - reach);
    for (int i = f.start() - 1; i >= floor; i--) {
      if (!text.isWord(i) || layer.entityAt(i) >= 0) {
        return false;
      }
      String w = text.form(i);
      if (isStopping(w) || isStopping(ProcliticStripper.withoutOneProclitic(w, 2))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Two distinct words of a match in the trigger's sentence (a proclitic allowed on each), or a
   * sports club the knowledge base knows.
   */
  private boolean aboutAMatch(AnalyzedText text, EntityLayer layer, Found f) {
    int s = text.sentenceOf(f.start());
    Set<String> seen = new HashSet<>();
    for (int i = text.sentenceStart(s); i < text.sentenceEnd(s); i++) {
      int e = layer.entityAt(i);
      if (e >= 0 && layer.linked(e).flatMap(k -> k.subtype()).filter(SPORTS_CLUB::equals)
          .isPresent()) {
        return true;
      }
      String w = text.form(i);
      String cue = match.contains(w) ? w : ProcliticStripper.withoutOneProclitic(w, 3);
      if (match.contains(cue) && seen.add(cue) && seen.size() >= MATCH_WORDS) {
        return true;
      }
    }
    return false;
  }

  /**
   * The verb follows an event noun read as a trigger, at once or after its definite adjectives
   * (عقوبات تستهدف، الغارة الأولى استهدفت): the noun is its subject, an attack or measure
   * already told, not a new one.
   */
  private static boolean afterEventNoun(AnalyzedText text, EntityLayer layer, Found f,
      boolean[] afterTrigger) {
    for (int i = f.start(); i >= Math.max(0, f.start() - 2); i--) {
      if (afterTrigger[i]) {
        return true;
      }
      if (i == 0 || !text.isWord(i - 1) || layer.entityAt(i - 1) >= 0
          || !text.form(i - 1).startsWith("ال") || RELATIVES.contains(text.form(i - 1))) {
        return false;
      }
    }
    return false;
  }

  /** Tokens between طالب and its بـ complement: the subject, a title and a name. */
  private static final int DEMAND_REACH = 8;

  /** A word carrying بـ follows in the clause: طالب النائب محمد سعد، بتشكيل لجنة. */
  private static boolean demandFollows(AnalyzedText text, Found f) {
    int sentenceEnd = text.sentenceEnd(text.sentenceOf(f.start()));
    for (int i = f.end(); i < Math.min(sentenceEnd, f.end() + DEMAND_REACH); i++) {
      if (Tokens.isBreak(text, i)) {
        return false;
      }
      String w = text.form(i);
      if (text.isWord(i) && w.length() > 3 && w.charAt(0) == 'ب') {
        return true;
      }
    }
    return false;
  }

  /** Tokens between a copula and the participle it takes as predicate: its subject. */
  private static final int COPULA_REACH = 3;

  /** A copula (كان، يكن، أصبح) stands a few words before, with no comma or break between. */
  private boolean predicateOfCopula(AnalyzedText text, Found f) {
    int floor = Math.max(text.sentenceStart(text.sentenceOf(f.start())), f.start() - COPULA_REACH);
    for (int i = f.start() - 1; i >= floor; i--) {
      String w = text.form(i);
      if (!text.isWord(i)) {
        return false;
      }
      if (copulas.contains(w) || w.length() > 3 && w.charAt(0) == 'و'
          && copulas.contains(w.substring(1))) {
        return true;
      }
    }
    return false;
  }

  /** Tokens between a verb of being and its predicate: the subject, with its apposition. */
  private static final int PREDICATE_REACH = 7;
  /** Adjectives between the predicate noun and what it is a blow to: ضربة قوية جديدة لـ. */
  private static final int BLOW_ADJECTIVES = 2;

  /**
   * The indefinite noun, "a blow to" something (its لـ complement after at most two adjectives),
   * is the predicate of a copula or a verb of constituting before it in its clause, across its
   * subject (ويمثل فقدان روميرو، صاحب الخبرة، ضربة قوية للأرجنتين): no break but a comma stands
   * between, and no قد (وكانت إسرائيل قد نفذت ضربة: the copula of a past perfect). The copula
   * may carry و or ف and the future س.
   */
  private boolean predicateOfBeing(AnalyzedText text, Found f) {
    if (Tokens.stem(text, f).startsWith("ال") || !blowTo(text, f)) {
      return false;
    }
    int floor = Math.max(text.sentenceStart(text.sentenceOf(f.start())),
        f.start() - PREDICATE_REACH);
    for (int i = f.start() - 1; i >= floor; i--) {
      String w = text.form(i);
      if (Tokens.isComma(w)) {
        continue;
      }
      if (!text.isWord(i) || w.equals("قد")) {
        return false;
      }
      for (String v : List.of(w, ProcliticStripper.withoutOneProclitic(w, 3))) {
        String bare = v.startsWith("س") && v.length() > 3 ? v.substring(1) : v;
        if (copulas.contains(v) || constituting.contains(v) || copulas.contains(bare)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A word carrying لـ follows the noun, at once or after its adjectives: ضربة قاسية للاتفاق. */
  private static boolean blowTo(AnalyzedText text, Found f) {
    int end = Math.min(text.size(), f.end() + BLOW_ADJECTIVES + 1);
    for (int i = f.end(); i < end && text.isWord(i); i++) {
      String w = text.form(i);
      if (w.length() > 2 && w.charAt(0) == 'ل') {
        return true;
      }
    }
    return false;
  }

  /** الاتفاق النووي، اتفاق باريس: the trigger noun with the words that name one agreement. */
  private static boolean namesAnAgreement(AnalyzedText text, EntityLayer layer, Found f) {
    if (f.end() - f.start() != 1 || f.end() >= text.size() || !text.isWord(f.end())) {
      return false;
    }
    String next = text.form(f.end());
    int nameEnd;
    if (Frames.definite(text, f)) {
      if (!(next.length() > 4 && next.startsWith("ال")
          && (next.endsWith("ي") || next.endsWith("يه")))) {
        return false;
      }
      nameEnd = f.end() + 1;
    } else {
      int e = layer.entityAt(f.end());
      if (e < 0 || layer.entities().get(e).type() != EntityType.LOCATION) {
        return false;
      }
      nameEnd = f.end() + 1;
      while (nameEnd < text.size() && layer.entityAt(nameEnd) == e) {
        nameEnd++;
      }
    }
    while (nameEnd < text.size() && Tokens.isQuote(text.form(nameEnd))) {
      nameEnd++;
    }
    if (nameEnd >= text.size()) {
      return true;
    }
    String after = text.form(nameEnd);
    if (after.startsWith("و") && layer.entityAt(nameEnd) >= 0) { // اتفاق أنقرة وموسكو
      int e = layer.entityAt(nameEnd);
      while (nameEnd < text.size() && layer.entityAt(nameEnd) == e) {
        nameEnd++;
      }
      after = nameEnd < text.size() ? text.form(nameEnd) : "";
    }
    return !RELATIVES.contains(after) && !after.equals("علي") && !after.equals("على");
  }

  /** A colon or a quotation (not a quoted short name) ends the clause after the trigger. */
  private static boolean quotationEndsClause(AnalyzedText text, Found f) {
    int sentenceEnd = text.sentenceEnd(text.sentenceOf(f.start()));
    for (int i = f.end(); i < Math.min(sentenceEnd, f.end() + QUOTE_REACH); i++) {
      if (Tokens.isBreak(text, i)) {
        String w = text.form(i);
        return w.equals(":") || Tokens.isQuote(w);
      }
    }
    return false;
  }

  /**
   * تابع لـ: the participle of a فاعل verb with its لـ complement (the verb takes no لـ). The
   * feminine perfect of a hollow verb has the same four letters (قالت، زادت) but is a verb whose
   * ت is its subject's mark: قالت لورا، قالت لفرانس برس say, they belong to nothing.
   */
  private static boolean belongingTo(AnalyzedText text, Found f) {
    String w = Tokens.stem(text, f);
    if (f.trigger().pos() != TriggerLexicon.Pos.PERFECT || f.end() - f.start() != 1
        || w.length() != 4 || w.charAt(1) != 'ا' || w.charAt(3) == 'ت'
        || f.end() >= text.size()) {
      return false;
    }
    String next = text.form(f.end());
    return next.length() > 3 && next.charAt(0) == 'ل' && text.isWord(f.end());
  }

  /** A verb of arriving at: its form ends in إلى (وصل إلى، يصل … إلى). */
  private static boolean arrival(Found f) {
    String form = f.trigger().form();
    return form.endsWith("إلى") || form.endsWith("الى");
  }

  private boolean amountsTo(AnalyzedText text, Found f) {
    int sentenceEnd = text.sentenceEnd(text.sentenceOf(f.start()));
    if (f.start() > 0 && text.form(f.start() - 1).equals("ما")) {
      return true; // ما يصل إلى: "up to"
    }
    for (int i = f.end(); i < Math.min(sentenceEnd, f.reach() + 2); i++) {
      String w = text.form(i);
      if (!w.isEmpty() && Character.isDigit(w.charAt(0)) || quantities.contains(w)
          || w.startsWith("ال") && quantities.contains(w.substring(2))) {
        return true;
      }
    }
    return false;
  }

  private static boolean organisationEndsAt(EntityLayer layer, int token) {
    int e = layer.entityAt(token);
    return e >= 0 && layer.entities().get(e).type() == EntityType.ORGANIZATION
        && layer.entityAt(token + 1) != e;
  }
}
