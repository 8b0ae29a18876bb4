package io.khabar.event;

import com.google.common.collect.ImmutableMap;
import io.khabar.ner.ProcliticStripper;
import io.khabar.token.AnalyzedText;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether the text asserts an event, read from the words governing its trigger. A negation right
 * before it (لم يلتق، لن يزور، عدم زيارة) makes it NEGATED; otherwise the nearest modal cue among
 * the words before it in its sentence, up to a strong break, decides: a denial (نفى أن يكون
 * التقى) NEGATED, an exhortation (يحث أتباعه على شن هجمات، دعا إلى فرض عقوبات) EXHORTED, an
 * expectation (يتوقع أن، من المحتمل) EXPECTED, a fear or warning (يخشى من هجوم، مخاوف من) FEARED,
 * a condition (إذا، في حال) CONDITIONAL, a counterfactual (لو) HYPOTHETICAL. The walk stops
 * at a word of reason (لأن، إذ): a clause of reason is told as fact. An adjective of possibility
 * right after an event noun (لقاء محتمل، هجوم متوقع) makes it EXPECTED, and so does قد right
 * before an imperfect (قد يزور "may visit"; قد + perfect is "has", told as fact). A word of aiming a few
 * words before (يسعى لاتفاقية، بهدف التوصل إلى اتفاق، الفرصة الأخيرة للتوصل إلى اتفاق) makes
 * it SOUGHT, and so does a noun of disposition (انفتاحه على اتفاق، استعداده للقاء، رغبته في
 * زيارة، بحاجة إلى اتفاق): its complement is a goal, a verbal noun or a subjunctive, never a
 * finite past verb (في إطار مساعيها التقت الوزيرة: the meeting happened), and it governs only the
 * words close to it, before any comma. An obligation (قال إن على الولايات المتحدة أن تقدم
 * الدعم، عليها أن) makes the event after its أن EXHORTED (see {@link #obliged}). The cue words
 * are the roles of {@code argument-cues.tsv}; a cue after the trigger governs something else. Only a condition governs a past verb joined by و, and a past verb is no
 * exhorted, expected or feared goal (see {@link #governs}).
 *
 * <p>A cue reaches no further than its clause. The walk back stops where a clause of its own
 * begins (كما تقول الأونروا، لكن الصحف ذكرت، وذلك في بيان; a relative pronoun before a finite
 * verb: والذي يقول الناقد); a verb joined by و right after a comma is a main clause no stance
 * before the comma governs (خشية تسلل، وتتهم), and a condition does not reach a past verb so
 * joined, nor the answer after a question of whether (ردا على سؤال عما إذا كان …، أكد). A
 * negation may carry و (ولم يعلن); ما right after a word or a comma is the relative (ما دعا
 * الرئيس); لا / ما before زال is "still"; not ruling out (لم يستبعد أن) is a saying that
 * happened, unless it is in what someone else said. A noun of speech after في (في أول بيان لها)
 * or any event noun after عند، خلال، أمام is the setting of the governing verb, told as fact.
 */
final class Modalities {

  /** Words between a negation particle and its verb: لم يلتق، لم يعد يزور. */
  private static final int NEGATION_REACH = 2;
  /** Words between a modal cue and the event it governs: حثت واشنطن شركاءها في المجلس على فرض. */
  private static final int MODAL_REACH = 16;
  /** Words between the على of obligation and its أن: إن على الولايات المتحدة الأمريكية أن. */
  private static final int OBLIGED_REACH = 4;
  /** Words between a negation and the أي of its verb's object: لم تشن القوات الإسرائيلية أي. */
  private static final int ANY_REACH = 6;
  /** Words between a word of aiming and the goal it governs: الفرصة الأخيرة للتوصل إلى اتفاق. */
  private static final int AIM_REACH = 4;
  /** Words between أن / إن and the verb of its clause: إن روسيا "لا تستبعد". */
  private static final int REPORTED_REACH = 5;

  private final Cues cues;
  private final ImmutableMap<String, Modality> modalCues;
  /** لأن، إذ: a clause of reason is told as fact; the cues before it govern another clause. */
  private final java.util.Set<String> reasons;
  /** محتمل، متوقع: an adjective of possibility after an event noun. */
  private final java.util.Set<String> possible;
  /** كما، لكن، بينما، وذلك: a clause of its own begins; a cue before it governs another. */
  private final java.util.Set<String> scopeEnds;
  /** ما، عما before إذا: "whether", a question, no condition. */
  private final java.util.Set<String> whether;
  /** زال، تزال after لا / ما: "still". */
  private final java.util.Set<String> still;
  /** قد: before an imperfect, "may". */
  private final java.util.Set<String> may;
  /** استبعد، يستبعد: to rule out; negated, a saying that something may be. */
  private final java.util.Set<String> rulingOut;
  /** على: "on (X it is to)", the obligation of the noun after it. */
  private final java.util.Set<String> obligedOn;
  /** عليه، عليها، علينا: the obligation of a pronoun. */
  private final java.util.Set<String> obligedPronouns;
  /** أن: the subjunctive particle that opens what is obliged. */
  private final java.util.Set<String> obligedThat;

  Modalities(Cues cues, TriggerLexicon lexicon) {
    this.cues = cues;
    Map<String, Modality> m = new HashMap<>();
    lexicon.cues("HYPOTHESIS").forEach(w -> m.putIfAbsent(w, Modality.HYPOTHETICAL));
    lexicon.cues("CONDITION").forEach(w -> m.putIfAbsent(w, Modality.CONDITIONAL));
    lexicon.cues("DENIAL").forEach(w -> m.putIfAbsent(w, Modality.NEGATED));
    lexicon.cues("FEAR").forEach(w -> m.putIfAbsent(w, Modality.FEARED));
    lexicon.cues("EXPECTATION").forEach(w -> m.putIfAbsent(w, Modality.EXPECTED));
    lexicon.cues("EXHORTATION").forEach(w -> m.putIfAbsent(w, Modality.EXHORTED));
    lexicon.cues("AIM").forEach(w -> m.putIfAbsent(w, Modality.SOUGHT));
    this.modalCues = ImmutableMap.copyOf(m);
    this.reasons = lexicon.cues("REASON");
    this.possible = lexicon.cues("POSSIBLE");
    this.scopeEnds = com.google.common.collect.ImmutableSet.<String>builder()
        .addAll(lexicon.cues("SCOPE_END")).addAll(cues.backReference).build();
    this.whether = lexicon.cues("WHETHER");
    this.still = lexicon.cues("STILL");
    this.rulingOut = lexicon.cues("RULING_OUT");
    this.may = lexicon.cues("MAY");
    this.obligedOn = lexicon.cues("OBLIGATION");
    this.obligedPronouns = lexicon.cues("OBLIGATION_PRONOUN");
    this.obligedThat = lexicon.cues("OBLIGED_THAT");
  }

  /** Nisba adjectives that may stand between an event noun and its adjective of possibility. */
  private static final int NISBA_REACH = 2;

  /**
   * An adjective of possibility qualifies the event noun: right after it, or after the noun's
   * nisba adjectives (الهجوم العسكري المتوقع، هجوم بري تركي محتمل), which agree with the noun as
   * it does.
   */
  private boolean possibleAfter(AnalyzedText text, Found f, Clause c) {
    for (int i = f.reach(); i < Math.min(c.sentenceEnd(), f.reach() + NISBA_REACH + 1); i++) {
      String w = text.form(i);
      if (possible.contains(w)) {
        return true;
      }
      if (!text.isWord(i) || w.length() < 4
          || !(w.endsWith("ي") || w.endsWith("يه") || w.endsWith("ية"))) {
        return false;
      }
    }
    return false;
  }

  /** The modality the words before the trigger give it, ASSERTED when none does. */
  Modality of(AnalyzedText text, Found f, Clause c) {
    if (f.trigger().pos() == TriggerLexicon.Pos.PARTICIPLE) {
      return Modality.ASSERTED; // دعا … مؤكدا: a participle of speech goes with its main verb
    }
    if (anyUnderNegation(text, f, c)) {
      return Modality.NEGATED;
    }
    if (possibleAfter(text, f, c)
        && (f.trigger().pos() == TriggerLexicon.Pos.MASDAR
            || f.trigger().pos() == TriggerLexicon.Pos.NOUN)) {
      return Modality.EXPECTED; // لقاء محتمل بين بوتين وترامب: a meeting that may happen
    }
    if (f.trigger().pos() == TriggerLexicon.Pos.IMPERFECT && f.start() > c.sentenceStart()
        && may.contains(ProcliticStripper.withoutConjunction(text.form(f.start() - 1), 1))) {
      return Modality.EXPECTED; // الوزير المصري قد يزور رام الله: a visit that may happen
    }
    boolean past = f.trigger().pos() == TriggerLexicon.Pos.PERFECT;
    boolean verb = past || f.trigger().pos() == TriggerLexicon.Pos.IMPERFECT;
    String first = text.form(f.start());
    boolean conjoined = past && f.stripped() > 0
        && (first.charAt(0) == 'و' || first.charAt(0) == 'ف');
    // خشية تسلل جماعي، وتتهم حماس: a verb joined by و after a comma opens a main clause of its
    // own, which a stance before the comma does not reach
    boolean newClause = verb && f.stripped() > 0 && first.charAt(0) == 'و'
        && f.start() > c.sentenceStart() && Tokens.isComma(text.form(f.start() - 1));
    boolean setting = f.start() > c.sentenceStart()
        && (f.trigger().pos() == TriggerLexicon.Pos.MASDAR
            || f.trigger().pos() == TriggerLexicon.Pos.NOUN
            || f.trigger().pos() == TriggerLexicon.Pos.PHRASE)
        && (cues.setting.contains(ProcliticStripper.withoutConjunction(
            text.form(f.start() - 1), 2)) || saidIn(text, f, c));
    boolean comma = false;
    boolean thatSeen = false;
    // لم يستبعد أن، لا أستبعد: not ruling out says that it may be, the saying happened; inside
    // what someone else said (قال بوتين إن روسيا لا تستبعد) it is a stance he reports, no saying
    boolean litotes = rulingOut.contains(ProcliticStripper.withoutConjunction(
        text.form(f.start()), 1)) && !reported(text, f, c);
    int floor = Math.max(c.sentenceStart(), f.start() - MODAL_REACH);
    for (int i = f.start() - 1; i >= floor; i--) {
      if (Tokens.isBreak(text, i)) {
        break;
      }
      String w = text.form(i);
      String bare = ProcliticStripper.withoutConjunction(w, 1);
      if (Tokens.isComma(w)) {
        comma = true;
        continue;
      }
      if (reasons.contains(w) || reasons.contains(bare)) {
        break; // يجب رفضه نظرا لأن حماس أطلقت صواريخ: the reason is asserted
      }
      if (scopeEnds.contains(w) || scopeEnds.contains(bare)
          || verb && Tokens.isRelativePronoun(bare)) {
        break; // في حال عدم توفر تمويل، كما تقول الأونروا: a clause of its own, told as fact
      }
      if (f.start() - i <= NEGATION_REACH && negates(text, i, c) && !litotes) {
        return Modality.NEGATED;
      }
      Modality m = cue(w);
      if (m == null && !thatSeen && obliged(text, i, c)) {
        m = Modality.EXHORTED; // قال إن على الولايات المتحدة أن تقدم الدعم: demanded, not done
      }
      // إن على دول المنطقة أن تدفع … وأن مهمتها في قتال داعش انتهت: the trigger is in the nearer
      // clause of that; an obligation opens only the first
      thatSeen |= cues.complementizers.contains(w) || cues.bareThat.contains(w);
      if (m == null && i > c.sentenceStart()) {
        m = cue(text.form(i - 1) + " " + w); // في حال، من المتوقع
      }
      if (m == Modality.SOUGHT && (f.start() - i > AIM_REACH || comma
          || f.trigger().pos() == TriggerLexicon.Pos.PERFECT)) {
        // في إطار مساعيها التقت الوزيرة: a finite past verb is no goal; أكد استعداده للتعاون،
        // ووقعت: the goal follows its cue within the phrase, a comma ends it
        m = null;
      }
      if (m == Modality.CONDITIONAL && comma
          && (conjoined || i > c.sentenceStart() && whether.contains(text.form(i - 1)))) {
        // طالب القرار … في حال وجود اشتباه، وطالب الحوثيين: a past verb joined by و after the
        // condition's comma is a main clause of its own; ردا على سؤال عما إذا كان …، أكد بوتين:
        // a question of whether has no consequence clause, the verb after its comma answers it
        return Modality.ASSERTED;
      }
      if (m != null && newClause && m != Modality.EXPECTED && m != Modality.CONDITIONAL
          && m != Modality.HYPOTHETICAL) {
        // an expectation or a condition reaches on: يتوقع أن يصل الوفد، ويلتقي الرئيس is one
        // chain of subjunctives, إذا فاز الحزب، ويشكل الحكومة one condition
        return Modality.ASSERTED;
      }
      if (m != null) {
        return governs(m, past, conjoined, setting) ? m : Modality.ASSERTED;
      }
    }
    return Modality.ASSERTED;
  }

  /**
   * Whether a modal cue governs the trigger. A condition (إذا هاجمت … وقتلت) governs every
   * verb of its clause; the other cues take a subjunctive or a verbal noun as complement, so a
   * past verb joined by و/ف (نفت الشركة …، وذكرت في بيان) starts a clause of its own, and one
   * of exhorting, expecting or fearing never has a past verb as its goal (اتفقا على ضرورة عقد
   * قمة، والتي قال ترامب إنها). An event noun after أمام، خلال، أثناء is the setting where the
   * verb of warning, urging or denying was said (حذر أمام مؤتمر في السويد من …): told as fact.
   */
  private static boolean governs(Modality m, boolean past, boolean conjoined, boolean setting) {
    if (m == Modality.CONDITIONAL || m == Modality.HYPOTHETICAL) {
      return true;
    }
    if (conjoined) {
      return false;
    }
    boolean stance = m == Modality.EXHORTED || m == Modality.FEARED || m == Modality.NEGATED
        || m == Modality.SOUGHT;
    if (setting && stance) {
      return false;
    }
    return !(past && (m == Modality.EXHORTED || m == Modality.EXPECTED
        || m == Modality.FEARED));
  }

  /**
   * A noun of speech right after في, or after في and one word (طالبت الأسرة، في أول بيان لها، بـ…):
   * where the governing verb was said, told as fact like a setting after خلال.
   */
  private static boolean saidIn(AnalyzedText text, Found f, Clause c) {
    if (f.trigger().type() != EventType.STATEMENT) {
      return false;
    }
    for (int i = f.start() - 1; i >= Math.max(c.sentenceStart(), f.start() - 2); i--) {
      if (text.form(i).equals("في")) {
        return true;
      }
    }
    return false;
  }

  /**
   * An أن / إن opens the trigger's clause (إن روسيا "لا تستبعد"): the trigger is in what someone
   * said. Only its subject may stand between; a comma ends the search.
   */
  private boolean reported(AnalyzedText text, Found f, Clause c) {
    for (int i = f.start() - 1; i >= Math.max(c.sentenceStart(), f.start() - REPORTED_REACH);
        i--) {
      String w = text.form(i);
      if (Tokens.isComma(w) || Tokens.isBreak(text, i)) {
        return false;
      }
      if (cues.complementizers.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A negation particle at {@code i}, alone or after و/ف (ولم يعلن). ما right after a word or a
   * comma is the relative or the adverb's (بحسب ما أعلن، نادرا ما، ما دعا الرئيس): it negates only
   * where the sentence begins (ما زار). A particle before زال / برح (لا تزال تشن، ما زال يزور)
   * means "still": the event goes on, it is not denied.
   */
  private boolean negates(AnalyzedText text, int i, Clause c) {
    String w = text.form(i);
    String bare = ProcliticStripper.withoutConjunction(w, 1);
    if (!cues.negations.contains(w) && !(cues.negations.contains(bare) && !bare.equals("ما"))) {
      return false;
    }
    if (w.equals("ما") && i > c.sentenceStart()) {
      return false;
    }
    return !(i + 1 < c.sentenceEnd() && still.contains(text.form(i + 1)));
  }

  /**
   * The أن at {@code that} opens an obligation: «إن على الولايات المتحدة أن»، «عليها أن» — what
   * follows is demanded of X, not reported. A bare على needs its noun between it and أن and a word
   * opening reported speech before it (إن، أن، الذي): «اتفقا على أن» is what was agreed, «على
   * الرغم من أن» (a preposition between) a concession told as fact. A pronoun of obligation stands
   * right before أن; بأن after one is what was said (رد عليه بأن), no obligation.
   */
  private boolean obliged(AnalyzedText text, int that, Clause c) {
    if (!obligedThat.contains(text.form(that))) {
      return false;
    }
    for (int j = that - 1; j >= Math.max(c.sentenceStart(), that - OBLIGED_REACH - 1); j--) {
      String w = text.form(j);
      if (Tokens.isComma(w) || Tokens.isBreak(text, j)) {
        return false;
      }
      String bare = ProcliticStripper.withoutConjunction(w, 1);
      if (obligedPronouns.contains(bare)) {
        return j == that - 1;
      }
      if (obligedOn.contains(w)) {
        return j < that - 1 && j > c.sentenceStart()
            && cues.complementizers.contains(text.form(j - 1));
      }
      if (cues.governingPrepositions.contains(bare)) {
        return false; // إنه على الرغم من أن: the noun of obligation takes no preposition
      }
    }
    return false;
  }

  /**
   * أي ("any") before the trigger, the object of a negated verb: لم يحصل أي هجوم، لم تشن إسرائيل
   * أي هجوم — no attack at all.
   */
  private boolean anyUnderNegation(AnalyzedText text, Found f, Clause c) {
    if (f.start() <= c.sentenceStart() || !text.form(f.start() - 1).equals("اي")) {
      return false;
    }
    for (int i = f.start() - 2; i >= Math.max(c.sentenceStart(), f.start() - ANY_REACH); i--) {
      if (Tokens.isBreak(text, i)) {
        return false;
      }
      String w = text.form(i);
      if (cues.negations.contains(w) || cues.negations.contains(
          ProcliticStripper.withoutConjunction(w, 1))) {
        return true;
      }
    }
    return false;
  }

  private Modality cue(String form) {
    Modality m = modalCues.get(form);
    return m != null ? m : modalCues.get(ProcliticStripper.withoutConjunction(form, 1));
  }
}
