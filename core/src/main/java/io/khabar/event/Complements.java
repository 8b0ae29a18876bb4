package io.khabar.event;

import io.khabar.kb.EntityType;
import io.khabar.ner.EntityLayer;
import io.khabar.ner.ProcliticStripper;
import io.khabar.token.AnalyzedText;
import java.util.Set;

/**
 * Senses that what a trigger governs decides, each a construction of news Arabic:
 * <ul>
 *   <li>the verbal noun of signing (توقيع) is an agreement only with the document signed close to
 *       it, after it (توقيع اتفاقية، توقيع الرئيس على المعاهدة) or just before it (الاتفاق الذي تم
 *       توقيعه), or with the party signed with (توقيعه مع ريال مدريد: a contract); otherwise it is a signature (مقال من توقيع لوكاكو) or the imposing of a penalty
 *       (توقيع عقوبة);
 *   <li>a conversation noun (لقاء، حوار، مقابلة) is an interview, no meeting or negotiation, when a
 *       press adjective qualifies it (في لقاء تلفزيوني) or it is given to a body with لـ (في حوار
 *       لفرانس24، في مقابلة لصحيفة) or held with the press (في لقاء مع شبكة غلوبو): an interview is
 *       where something was said;
 *   <li>a verb of arriving or heading to (وصل إلى، توجه إلى) is a visit only when a place follows
 *       إلى: a name or a noun of place (وصل بومبيو إلى بكين، توجه إلى مقر الأمم المتحدة); otherwise it
 *       reaches a state or a sum (وصل الأمر إلى تمويل داعش، تصل إلى حد التطهير) or goes elsewhere
 *       (اختار التوجه إلى زنزانة السجن). A known place a few words on still makes a journey (يتوجه
 *       إلى أور ثم إلى الموصل).
 *   <li>a word of spreading or gathering (انتشر، انتشار، حشد) is a deployment only with a force
 *       close to it in its clause (انتشرت الشرطة العسكرية، تنتشر فيها القوات الروسية، حشد
 *       عسكري); otherwise rumours, poverty or ideas spread and crowds gather (انتشرت الشائعات،
 *       انتشار الفقر، أمام حشد جماهيري);
 *   <li>منح "granted" is aid only with what aid gives close after it (منح مساعدات، منح قرضا بقيمة
 *       مليار دولار); otherwise it grants a lead, a prize, a chance or a permit (منح التقدم
 *       لأستراليا، منح جائزة، منح الولايات المتحدة الوقت).
 *   <li>agreeing with someone on a view is no agreement: a verb of agreeing whose مع is followed
 *       by بأن or حول (اتفقت مع المملكة المتحدة بأن احتمال وقوف روسيا عال، تتفق مع أعضاء المجلس
 *       حول الحاجة), «بما يتفق مع» ("in line with") and «بالاتفاق مع» ("in coordination with")
 *       tell a manner, not an agreement reached (news tells that with اتفقا على، توصلا إلى اتفاق).
 * </ul>
 * The word lists are roles of {@code argument-cues.tsv}: AGREEING, DOCUMENT, SIGNING, INTERVIEW, PRESS,
 * DESTINATION (with the nouns of place of PLACE), SPREADING, FORCE, GRANTING and GIFT. Stateless
 * and thread-safe.
 */
final class Complements {

  /**
   * Tokens after the signing noun within which the document stands: توقيع الأمير محمد بن سلمان على
   * عدد من الاتفاقيات.
   */
  private static final int DOCUMENT_AFTER = 14;
  /** Tokens after an agreeing verb within which بأن or حول tells a view agreed with. */
  private static final int VIEW_REACH = 8;
  /** Tokens before it: الاتفاقية التي تم توقيعها. */
  private static final int DOCUMENT_BEFORE = 4;
  /** Tokens between a conversation noun and the لـ or مع of the press: في حوار خاص لـ. */
  private static final int PRESS_REACH = 3;

  private final Set<String> documents;
  private final Set<String> signing;
  private final Set<String> interviews;
  private final Set<String> press;
  private final Set<String> destinations;
  private final Set<String> placeNouns;
  private final Set<String> spreading;
  private final Set<String> forces;
  private final Set<String> granting;
  private final Set<String> gifts;
  private final Set<String> quantities;
  private final Set<String> agreeing;
  private final Set<String> ground;

  /** Tokens either side of a word of spreading within which the force stands. */
  private static final int FORCE_REACH = 4;
  /** Tokens after منح within which what is given stands: منح الاتحاد الأوروبي اليونان قرضا. */
  private static final int GIFT_REACH = 6;

  Complements(TriggerLexicon lexicon, Cues cues) {
    this.documents = lexicon.cues("DOCUMENT");
    this.signing = lexicon.cues("SIGNING");
    this.interviews = lexicon.cues("INTERVIEW");
    this.press = lexicon.cues("PRESS");
    this.destinations = lexicon.cues("DESTINATION");
    this.placeNouns = cues.placeNouns;
    this.spreading = lexicon.cues("SPREADING");
    this.forces = lexicon.cues("FORCE");
    this.granting = lexicon.cues("GRANTING");
    this.gifts = lexicon.cues("GIFT");
    this.quantities = lexicon.cues("QUANTITY");
    this.agreeing = lexicon.cues("AGREEING");
    this.ground = lexicon.cues("GROUND");
  }

  /** False when what the trigger governs gives it another sense. */
  boolean holds(AnalyzedText text, EntityLayer layer, Found f, Clause c) {
    EventType type = f.trigger().type();
    String stem = Tokens.stem(text, f);
    if (type == EventType.AGREEMENT && signing.contains(stem)) {
      return documentNear(text, f, c);
    }
    if (type == EventType.AGREEMENT && f.reach() > f.end()
        && text.form(f.reach() - 1).equals("علي")) {
      return !groundAfter(text, layer, f.reach(), c); // وقع الحادث … على أراضي: it occurred there
    }
    if (type == EventType.AGREEMENT
        && agreeing.contains(Tokens.withoutArticle(stem))) {
      return !agreeingWithAView(text, f, c);
    }
    if ((type == EventType.MEETING || type == EventType.NEGOTIATION)
        && (interviews.contains(stem) || f.end() - f.start() > 1
            && interviews.contains(text.form(f.end() - 1)))) { // خلال لقائه مع شبكة
      return !interview(text, layer, f, c);
    }
    if (type == EventType.VISIT && arrival(f)) {
      return placeFollows(text, layer, f, c);
    }
    if (type == EventType.DEPLOYMENT && spreading.contains(stem)) {
      return near(text, f, c, forces, FORCE_REACH, FORCE_REACH, false);
    }
    if (type == EventType.AID && granting.contains(stem)) {
      return near(text, f, c, gifts, 0, GIFT_REACH, true);
    }
    return true;
  }

  /**
   * The على of a split وقع … على is followed by a place (a noun of ground or of place, a located
   * name): وقع الحادث فجرا على أراضي الترسانة "occurred on", not وقع الرئيس على الاتفاق "signed".
   */
  private boolean groundAfter(AnalyzedText text, EntityLayer layer, int at, Clause c) {
    if (at >= c.sentenceEnd()) {
      return false;
    }
    String w = text.form(at);
    String bare = Tokens.withoutArticle(w);
    int entity = layer.entityAt(at);
    return ground.contains(w) || ground.contains(bare) || placeNouns.contains(w)
        || placeNouns.contains(bare) || entity >= 0 && EntityKinds.isPlace(layer, entity);
  }

  /** مع with a pronoun (matching form): agreeing with a person just named or quoted. */
  private static final Set<String> WITH_PRONOUN = Set.of("معه", "معها", "معهم", "معهما", "معي",
      "معنا", "معك");

  /**
   * بالاتفاق مع، بما يتفق مع، اتفق مع X بأن / حول: a manner or a view, no agreement reached; so is
   * اتفق معه with no على of terms (وقال الخبير إن …، واتفق معه زميله: he shared the view).
   */
  private static boolean agreeingWithAView(AnalyzedText text, Found f, Clause c) {
    int with = isWith(text.form(f.end() - 1)) ? f.end() - 1
        : f.end() < c.sentenceEnd() && isWith(text.form(f.end())) ? f.end() : -1;
    if (with < 0) {
      return false;
    }
    boolean withPronoun = WITH_PRONOUN.contains(text.form(with));
    String proclitics = Tokens.proclitics(text, f);
    if (proclitics.startsWith("ب") && text.form(f.start()).startsWith("بال")
        || f.start() > c.sentenceStart() && text.form(f.start() - 1).equals("بما")) {
      return true; // بالاتفاق مع التحالف، بما يتفق مع المبادرة
    }
    for (int i = with + 1; i < Math.min(c.sentenceEnd(), with + VIEW_REACH); i++) {
      String w = text.form(i);
      if (w.equals("علي")) {
        return false; // اتفق مع الحكومة على: terms agreed
      }
      if (Tokens.isBreak(text, i)) {
        return withPronoun;
      }
      if (w.equals("بان") || w.equals("بانه") || w.equals("بانها") || w.equals("حول")) {
        return true;
      }
    }
    return withPronoun;
  }

  private static boolean isWith(String w) {
    return w.equals("مع") || WITH_PRONOUN.contains(w);
  }

  /**
   * A word of {@code words} (with its proclitics and article) within {@code before} tokens before
   * the trigger or {@code after} tokens after it in the clause, no break between; with {@code
   * sums} a number or a word of quantity counts too (منح 50 مليون دولار).
   */
  private boolean near(AnalyzedText text, Found f, Clause c, Set<String> words, int before,
      int after, boolean sums) {
    for (int i = f.reach(); i < Math.min(c.sentenceEnd(), f.reach() + after); i++) {
      if (Tokens.isBreak(text, i)) {
        break;
      }
      String w = text.form(i);
      if (inSet(words, w) || sums && (!w.isEmpty() && Character.isDigit(w.charAt(0))
          || quantities.contains(w))) {
        return true;
      }
    }
    for (int i = f.start() - 1; i >= Math.max(c.sentenceStart(), f.start() - before); i--) {
      if (Tokens.isBreak(text, i)) {
        break;
      }
      if (inSet(words, text.form(i))) {
        return true;
      }
    }
    return false;
  }

  /** The word, or it without one proclitic, without the article, or both. */
  private static boolean inSet(Set<String> words, String w) {
    String bare = ProcliticStripper.withoutOneProclitic(w, 3);
    return words.contains(w) || words.contains(bare)
        || w.startsWith("ال") && words.contains(w.substring(2))
        || bare.startsWith("ال") && words.contains(bare.substring(2));
  }

  private boolean documentNear(AnalyzedText text, Found f, Clause c) {
    if (f.end() < c.sentenceEnd() && text.form(f.end()).equals("مع")) {
      return true; // توقيعه مع ريال مدريد: signing with a party
    }
    for (int i = f.end(); i < Math.min(c.sentenceEnd(), f.end() + DOCUMENT_AFTER); i++) {
      if (Tokens.isBreak(text, i)) {
        break;
      }
      if (inSet(documents, text.form(i))) { // اتفاقية، بالاتفاق، والمعاهدة
        return true;
      }
    }
    for (int i = f.start() - 1; i >= Math.max(c.sentenceStart(), f.start() - DOCUMENT_BEFORE);
        i--) {
      if (Tokens.isBreak(text, i)) {
        break;
      }
      if (inSet(documents, text.form(i))) { // اتفاقية، بالاتفاق، والمعاهدة
        return true;
      }
    }
    return false;
  }

  private boolean interview(AnalyzedText text, EntityLayer layer, Found f, Clause c) {
    int end = Math.min(c.sentenceEnd(), f.reach() + PRESS_REACH);
    for (int i = f.reach(); i < end; i++) {
      String w = text.form(i);
      if (!text.isWord(i)) {
        return false;
      }
      if (press.contains(w)) {
        return true; // في لقاء تلفزيوني، حوار صحفي
      }
      if (w.equals("مع") && i + 1 < c.sentenceEnd()) {
        return isPress(text, layer, i + 1, false); // لقاء مع شبكة غلوبو, but لقاء مع نظيره
      }
      if (w.length() > 2 && w.charAt(0) == 'ل' && layer.entityAt(i) < 0) {
        return isPressWord(w.substring(1)); // حوار لصحيفة
      }
      if (w.length() > 2 && w.charAt(0) == 'ل') {
        return isPress(text, layer, i, true); // حوار لفرانس24
      }
    }
    return false;
  }

  /**
   * Token {@code i} names the press: a press noun (شبكة، صحيفة), or after لـ any organisation
   * (one gives an interview to a body, one meets with it), after مع only a news medium.
   */
  private boolean isPress(AnalyzedText text, EntityLayer layer, int i, boolean givenTo) {
    int e = layer.entityAt(i);
    if (e >= 0) {
      return givenTo && layer.entities().get(e).type() == EntityType.ORGANIZATION
          || layer.linked(e).flatMap(k -> k.subtype()).filter("agency"::equals).isPresent();
    }
    return isPressWord(text.form(i));
  }

  private boolean isPressWord(String w) {
    String bare = Tokens.withoutArticle(w);
    return press.contains(w) || press.contains(bare);
  }

  /** A verb of arriving at: its form ends in إلى (وصل إلى، يصل … إلى، التوجه إلى). */
  private static boolean arrival(Found f) {
    String form = f.trigger().form();
    return form.endsWith("إلى") || form.endsWith("الى");
  }

  /** A name, a noun of place or of destination right after إلى (quotes skipped). */
  private boolean placeFollows(AnalyzedText text, EntityLayer layer, Found f, Clause c) {
    int i = f.reach();
    while (i < c.sentenceEnd() && Tokens.isQuote(text.form(i))) {
      i++;
    }
    if (i >= c.sentenceEnd()) {
      return true; // nothing to judge by
    }
    int e = layer.entityAt(i);
    if (e >= 0) {
      return layer.entities().get(e).type() != EntityType.PERSON;
    }
    String w = text.form(i);
    String bare = Tokens.withoutArticle(w);
    if (!text.isWord(i) || placeNouns.contains(w) || placeNouns.contains("ال" + bare)
        || placeNouns.contains(bare) || destinations.contains(w) || destinations.contains(bare)) {
      return true;
    }
    // يتوجه إلى أور ثم إلى الموصل: a place the recogniser missed, then one it knows
    for (int k = i + 1; k < Math.min(c.sentenceEnd(), i + 1 + PLACE_AFTER); k++) {
      if (Tokens.isBreak(text, k)) {
        return false;
      }
      int p = layer.entityAt(k);
      if (p >= 0 && layer.entities().get(p).type() == EntityType.LOCATION) {
        return true;
      }
    }
    return false;
  }

  /** Tokens after the first word after إلى within which a known place still makes a journey. */
  private static final int PLACE_AFTER = 3;
}
