package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.ner.ProcliticStripper;
import io.khabar.text.ArabicNormalizer;
import io.khabar.token.AnalyzedText;
import java.util.Set;

/**
 * Senses a trigger's complement decides, each a construction of news Arabic:
 * <ul>
 *   <li>أكد "affirmed" with an object its subject possesses that names its standing secured it
 *       by deed (أكد يوفنتوس سيطرته على الدوري "secured its dominance"), no statement; a stance
 *       (أكد دعمه للمبادرة) or another object (أكد الجيش مقتل القائد، أكد بقاءه) is said;
 *   <li>رفض "rejected" with an indefinite object that is no speech or proposal turned a thing
 *       back (رفضت مصر شحنة قمح), no statement; a definite object (رفض الرئيس الاتهامات) or a
 *       proposal (رفض عرضا) is said;
 *   <li>هدد "threatened" is said only with بـ + what is threatened (هددت إيران بالرد، هدد
 *       ترامب الصين بفرض رسوم، هدد بأن); with a direct object it is "endangers"
 *       (الأزمة التي تهدد حياة المرضى، يهدد سلامة السفن), no statement;
 *   <li>رجح "deemed likely" is said only before a complementizer (رجحت الأمم المتحدة أن); with
 *       an object it is "tipped" (رجحت روسيا كفة الجيش), no statement;
 *   <li>the perfect تابع is "went on (saying)" only before a colon, a quotation or a
 *       complementizer (وتابع كوهين: «…»); with an object it is "followed" (تابع تسديدة زميله);
 *   <li>وافق على "consented to" is an agreement between parties only when its complement is an
 *       accord or a proposal (وافقت حماس على الهدنة، على المقترح); consent to an action (وافقت
 *       روسيا على رفع حظر) or to a clause (وافق على أن) is one party's approval, no agreement;
 *   <li>تخلي followed by عن after its subject is the verbal noun "giving up" (تخلي واشنطن عن
 *       دعمها للأكراد), not the homograph "evacuates" (تُخلي takes a direct object): no withdrawal;
 *   <li>a verbal noun of purpose right after a place or facility noun (and its adjective) names
 *       what the place is for (موقع هام لإطلاق الصواريخ), like an organisation's mission: no
 *       attack. A genitive does not (موقع الهجوم الكيماوي is where an attack happened).
 * </ul>
 * The verbs and the classes of their complements are roles of {@code argument-cues.tsv}.
 */
final class ComplementSenses {

  /**
   * Words from a threatening verb's first word after its subject to the بـ of what is threatened,
   * within its clause (up to a comma): an adverb, the unnamed rest of a name, a setting (هددت تركيا
   * مرارا بشن، هدد نادي تيانجين الصيني باتخاذ، هدد خلال قمة مجموعة السبع رئيس الوزراء آبي بأنه).
   */
  private static final int THREAT_REACH = 12;

  /** Tokens after the verb searched for its complement: the subject, a title and a name. */
  private static final int COMPLEMENT_REACH = 10;

  private final Cues cues;
  private final Set<String> affirming;
  private final Set<String> rejecting;
  private final Set<String> following;
  private final Set<String> threatening;
  private final Set<String> deeming;
  private final Set<String> stances;
  private final Set<String> standing;
  private final Set<String> quantifiers;
  private final Set<String> consenting;
  private final Set<String> accords;
  private final Set<String> facilities;
  private final Set<String> evacuateOrAbandon;

  ComplementSenses(Cues cues, TriggerLexicon lexicon) {
    this.cues = cues;
    this.affirming = lexicon.cues("AFFIRMING");
    this.rejecting = lexicon.cues("REJECTING");
    this.following = lexicon.cues("FOLLOWING");
    this.threatening = lexicon.cues("THREATENING");
    this.deeming = lexicon.cues("DEEMING");
    this.stances = lexicon.cues("STANCE_OBJECT");
    this.standing = lexicon.cues("STANDING");
    this.quantifiers = lexicon.cues("QUANTIFIER");
    this.consenting = lexicon.cues("CONSENTING");
    this.accords = lexicon.cues("ACCORD_OBJECT");
    this.facilities = lexicon.cues("FACILITY");
    this.evacuateOrAbandon = lexicon.cues("EVACUATE_OR_ABANDON");
  }

  /** False when the trigger's complement gives it a sense that tells no event of its type. */
  boolean holds(AnalyzedText text, EntityLayer layer, boolean[] inTimex, Found f,
      boolean nominal, boolean purpose) {
    EventType type = f.trigger().type();
    String verb = Tokens.stem(text, f);
    if (type == EventType.STATEMENT && f.end() - f.start() == 1) {
      // ورفض is read as the verbal noun as well as the verb; either way its object decides
      if (following.contains(verb) || deeming.contains(verb)) {
        return speechFollows(text, f);
      }
      if (threatening.contains(verb)) {
        return threatWith(text, layer, inTimex, f);
      }
      if (affirming.contains(verb) || rejecting.contains(verb)) {
        return speechFollows(text, f) || said(text, layer, inTimex, f, affirming.contains(verb));
      }
    }
    if (type == EventType.WITHDRAWAL && evacuateOrAbandon.contains(verb)) {
      int next = afterSubject(text, layer, inTimex, f.end(), f);
      return next < 0 || !text.form(next).equals("عن");
    }
    return !(type == EventType.ATTACK && purpose && afterFacility(text, layer, f));
  }

  /**
   * The trigger is a verb of consenting whose على complement is an action of one party, not an
   * accord (وافقت روسيا على رفع حظر): an approval, no agreement. It is still read, since its
   * subject is the agent of the action approved, which is an event of its own.
   */
  boolean approvalOnly(AnalyzedText text, Found f) {
    return f.trigger().type() == EventType.AGREEMENT && consenting.contains(Tokens.stem(text, f))
        && !consentToAnAccord(text, f);
  }

  /**
   * The first word after the threatening verb's subject and named object carries بـ: what is
   * threatened (هددت طهران بالرد، هدد ترامب الصين بفرض رسوم).
   */
  private boolean threatWith(AnalyzedText text, EntityLayer layer, boolean[] inTimex, Found f) {
    int object = afterSubject(text, layer, inTimex, f.end(), f);
    if (object < 0) {
      return false;
    }
    // هددت تركيا مرارا بشن عملية، هدد الوزير الرئيس السوري بـ"إنهاء نظامه": a word or two between
    for (int i = object; i < Math.min(text.size(), object + THREAT_REACH); i++) {
      String w = text.form(i);
      if (Tokens.isBreak(text, i) || Tokens.isComma(w)) {
        return false;
      }
      if (w.startsWith("ب") && w.length() >= 3 && !cues.governingPrepositions.contains(w)
          && !cues.partyPrepositions.contains(w) || w.equals("ب") || w.equals("بـ") || w.equals("من")) {
        return true;
      }
    }
    return false;
  }


  /** A colon, a quotation or a complementizer follows in the clause: what was said. */
  private boolean speechFollows(AnalyzedText text, Found f) {
    int sentenceEnd = text.sentenceEnd(text.sentenceOf(f.start()));
    for (int i = f.end(); i < Math.min(sentenceEnd, f.end() + COMPLEMENT_REACH + 4); i++) {
      String w = text.form(i);
      if (w.equals(":") || Tokens.isQuote(w) || cues.complementizers.contains(w)) {
        return true;
      }
      if (Tokens.isBreak(text, i)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The object after the subject is said: for أكد anything but the subject's own standing, for
   * رفض a stance or speech, or a definite or possessed noun.
   */
  private boolean said(AnalyzedText text, EntityLayer layer, boolean[] inTimex, Found f,
      boolean affirm) {
    int object = afterSubject(text, layer, inTimex, f.end(), f);
    if (object >= 0 && quantifiers.contains(text.form(object)) && object + 1 < text.size()) {
      object++; // رفضت جميع طلبات الإعفاء: the noun after the quantifier
    }
    if (object < 0 || !text.isWord(object)) {
      return true;
    }
    String w = text.form(object);
    if (affirm) {
      return !(possessed(text, object) && ofClass(standing, w));
    }
    // a word of the subject's name the recogniser left out may come first (ريوفين ريفلين طلبا)
    int second = afterSubject(text, layer, inTimex, object + 1, f);
    return ofClass(stances, w) || second >= 0 && ofClass(stances, text.form(second))
        || w.startsWith("ال") || w.startsWith("وال") || possessed(text, object);
  }

  /**
   * وافق … على X: X is an accord or a proposal; true too when no على follows (the frame is not
   * one of consent to something).
   */
  private boolean consentToAnAccord(AnalyzedText text, Found f) {
    int sentenceEnd = text.sentenceEnd(text.sentenceOf(f.start()));
    for (int i = f.end(); i < Math.min(sentenceEnd - 1, f.end() + COMPLEMENT_REACH); i++) {
      if (Tokens.isBreak(text, i) || cues.complementizers.contains(text.form(i))) {
        return true;
      }
      String w = text.form(i);
      if (w.equals("علي")) {
        return ofClass(accords, text.form(i + 1));
      }
    }
    return true;
  }

  /**
   * The first token after the subject that follows {@code from}: names, title words and time
   * expressions are skipped; −1 at a break or the sentence's end.
   */
  private int afterSubject(AnalyzedText text, EntityLayer layer, boolean[] inTimex, int from,
      Found f) {
    int sentenceEnd = text.sentenceEnd(text.sentenceOf(f.start()));
    int limit = Math.min(sentenceEnd, from + COMPLEMENT_REACH);
    for (int i = from; i < limit; i++) {
      if (Tokens.isBreak(text, i)) {
        return -1;
      }
      String w = text.form(i);
      if (i > from && layer.entityAt(i - 1) >= 0 && Tokens.isComma(w)) {
        int end = appositionEnd(text, i, sentenceEnd); // رفض محمد حجر، وهو مسؤول بالوزارة، مزاعم
        limit = Math.min(sentenceEnd, limit + end - i);
        i = end;
        continue;
      }
      if (layer.entityAt(i) >= 0 || inTimex[i] || !text.isWord(i)
          || cues.titleWords.contains(w) || cues.timeCues.contains(w)) {
        continue;
      }
      return i;
    }
    return -1;
  }

  /** Tokens of an apposition between commas after a name: its title or its relative. */
  private static final int APPOSITION_REACH = 14;

  /** The comma closing an apposition opened at {@code comma}, or {@code comma} if none. */
  private static int appositionEnd(AnalyzedText text, int comma, int sentenceEnd) {
    for (int j = comma + 1; j < Math.min(sentenceEnd, comma + APPOSITION_REACH); j++) {
      if (Tokens.isBreak(text, j)) {
        return comma;
      }
      if (Tokens.isComma(text.form(j))) {
        return j;
      }
    }
    return comma;
  }

  /** A facility noun right before the trigger, or before the adjective right before it. */
  private boolean afterFacility(AnalyzedText text, EntityLayer layer, Found f) {
    int floor = text.sentenceStart(text.sentenceOf(f.start()));
    for (int i = f.start() - 1; i >= Math.max(floor, f.start() - 2); i--) {
      if (!text.isWord(i) || layer.entityAt(i) >= 0) {
        return false;
      }
      if (ofClass(facilities, text.form(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A pronoun suffix on the noun as written (سيطرته، دعمها، موقفهم): read from the surface, since
   * the matching form spells ة as ه.
   */
  private static boolean possessed(AnalyzedText text, int i) {
    String surface = text.surface(i);
    int n = surface.length();
    while (n > 0 && ArabicNormalizer.isIgnorable(surface.charAt(n - 1))) {
      n--;
    }
    String w = surface.substring(0, n);
    return w.length() > 3 && (w.endsWith("ه") || w.endsWith("ها") || w.endsWith("هم")
        || w.endsWith("هما"));
  }

  /**
   * The noun is of the class, read without a conjunction, the article, a pronoun suffix or the
   * accusative alif (matching form, ة as ه): والاتهامات، دعمها، رغبته، عرضا.
   */
  static boolean ofClass(Set<String> nouns, String w) {
    String s = ProcliticStripper.withoutConjunction(w, 3);
    if (nouns.contains(s)) {
      return true; // التزام: its ال is the root's, not the article
    }
    if ((s.startsWith("ال") || s.startsWith("لل")) && s.length() > 4) {
      s = s.substring(2);
    }
    if (nouns.contains(s)) {
      return true;
    }
    for (String suffix : new String[] {"هما", "هم", "ها", "ه"}) {
      if (s.length() >= suffix.length() + 3 && s.endsWith(suffix)) {
        String rest = s.substring(0, s.length() - suffix.length());
        if (nouns.contains(rest) || rest.endsWith("ت")
            && nouns.contains(rest.substring(0, rest.length() - 1) + "ه")) {
          return true;
        }
      }
    }
    return s.length() > 3 && s.endsWith("ا") && nouns.contains(s.substring(0, s.length() - 1));
  }
}
