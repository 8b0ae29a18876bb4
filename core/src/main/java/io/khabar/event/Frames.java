package io.khabar.event;

import io.khabar.ner.ProcliticStripper;
import io.khabar.text.ArabicNormalizer;
import io.khabar.token.AnalyzedText;
import java.util.List;
import java.util.Optional;

/**
 * The frame around a trigger, which decides how it is read. Its clause is the stretch of the
 * sentence up to the nearest strong break (؛ : a quotation, not a quoted short name) on either
 * side, bounded in tokens; the walk back stops at a bare أن/إن, the walk forward at a
 * complementizer. The trigger is nominal (a verbal noun, or a verb form a preposition governs:
 * على نشر، بعد انسحاب); a light verb before a verbal noun (أجرى … اتصالا، قام … بزيارة) makes its
 * subject the agent; a definite or possessed verbal noun with no parties of its own points back
 * to an event already told (اللقاء، رسالته); one after بحسب / وفق is the source of what is told.
 * In an attack's clause a parenthesis is an aside (حوالي الساعة 23,00 (22,00 ت غ) من الخميس في
 * جنوب شرق النيجر): its words do not use up the reach, so the attack's place after it is still the
 * clause's. (Elsewhere a parenthesis more often lists or qualifies names, (28 عاما)، (كفريا
 * والفوعة), and the clause keeps its plain reach.)
 */
final class Frames {

  static final int LEFT_WINDOW = 12;
  private static final int RIGHT_WINDOW = 14;
  /** Words between an attack noun and its own relative clause: هجوما على أحد مواقعه شنته. */
  private static final int OWN_RELATIVE_REACH = 6;
  /** Tokens an aside in parentheses may hold and still be skipped as one: (22,00 ت غ). */
  private static final int BRACKETED_REACH = 10;
  /** How far back a light verb may stand: its subject may carry a long title in apposition. */
  private static final int LIGHT_VERB_REACH = 20;
  /** Tokens between a verb and the verbal noun it governs: اتفقتا في بكين في 10 مارس على استئناف. */
  static final int GOVERNOR_REACH = 16;

  private final Cues cues;

  Frames(Cues cues) {
    this.cues = cues;
  }

  /** The trigger's clause within its sentence. */
  Clause clause(AnalyzedText text, Found f) {
    int sentence = text.sentenceOf(f.start());
    int sStart = text.sentenceStart(sentence);
    int sEnd = text.sentenceEnd(sentence);
    int left = f.start();
    // كما ذكر المتحدث: the clause of a speech verb after كما begins there; the dates and cues
    // of the clause it comments on are not its own
    boolean as = f.trigger().type() == EventType.STATEMENT && asClause(text, f.start(), sStart);
    while (!as && left > sStart && f.start() - left < LEFT_WINDOW && !Tokens.isBreak(text, left - 1)
        && !(cues.bareThat.contains(text.form(left - 1)) && !Tokens.pointsBack(text, left))) {
      left--;
    }
    int right = f.end();
    // أسقط الجيش اليمني، الخميس، طائرة مسيرة …: the subject between a split trigger's verb and
    // its object does not use up the reach, which counts from the object
    int window = Math.max(f.end(), f.reach());
    TriggerLexicon.Pos pos = f.trigger().pos();
    boolean attackNoun = f.trigger().type() == EventType.ATTACK
        && (pos == TriggerLexicon.Pos.MASDAR || pos == TriggerLexicon.Pos.NOUN
            || pos == TriggerLexicon.Pos.PHRASE);
    while (right < sEnd && right - window < RIGHT_WINDOW && !Tokens.isBreak(text, right)) {
      if (attackNoun && right - f.end() <= OWN_RELATIVE_REACH && carriesOut(text, right, sEnd)) {
        // الهجوم الذي شنه التنظيم على مواقع الجيش في حلب، هجوما شنته بوكو حرام … في جنوب
        // شرق النيجر: the relative clause of carrying out tells the same attack, so its
        // target and place are the attack's, and the window opens again after its verb
        right += isComplementizer(text, right) ? 2 : 1;
        window = right;
        continue;
      }
      int aside = f.trigger().type() == EventType.ATTACK ? asideEnd(text, right, sEnd) : right;
      if (aside > right) {
        window += aside - right; // (22,00 ت غ): the aside's words do not count
        right = aside;
        continue;
      }
      if (isComplementizer(text, right)) {
        if (right < sEnd - 1 && heldAt(text, f, right)) {
          right += 2; // الاتصال الذي جرى بين: the noun's own clause telling it took place
          continue;
        }
        break;
      }
      right++;
    }
    return new Clause(sentence, sStart, sEnd, left, right);
  }

  /**
   * The token after the closing bracket of an aside opening at {@code i} ((22,00 ت غ)), or
   * {@code i} when no short parenthesis opens there.
   */
  private static int asideEnd(AnalyzedText text, int i, int sEnd) {
    if (!text.form(i).equals("(")) {
      return i;
    }
    for (int k = i + 1; k < Math.min(sEnd, i + BRACKETED_REACH + 2); k++) {
      if (text.form(k).equals(")")) {
        return k + 1;
      }
      if (text.form(k).equals("(")) {
        return i;
      }
    }
    return i;
  }

  /** A verb of carrying out (شنه، نفذته) at {@code i}, or a relative pronoun right before one. */
  private boolean carriesOut(AnalyzedText text, int i, int sEnd) {
    return cues.carryOut.contains(text.form(i)) || isComplementizer(text, i) && i + 1 < sEnd
        && cues.carryOut.contains(text.form(i + 1));
  }

  /**
   * A complementizer (إن، أن، بأن، وأن، إنه …) opens reported content: what follows is what was
   * said or agreed, not an argument of the trigger, and its dates are not the event's.
   */
  boolean isComplementizer(AnalyzedText text, int i) {
    return cues.complementizers.contains(text.form(i));
  }

  /**
   * أن between a name and the verb opens a clause with its own subject when a word other than a
   * particle or a negation stands between it and the verb (أعلن المرصد أن طائرات روسية نفذت
   * غارات: the planes, not the Observatory). Not when أن carries the pronoun (أعلن الجيش أنه شن)
   * or its subject does (أكد ماكرون أن بلاده هاجمت): both point back to the name; a relative
   * pronoun or حيث is another matter (توتال، التي تعتبر أكبر مستثمر، قالت).
   */
  boolean ownSubjectAfterThat(AnalyzedText text, int from, int verb) {
    for (int i = verb - 1; i >= from; i--) {
      if (!isComplementizer(text, i)) {
        continue;
      }
      String that = text.form(i);
      String bare = that.length() > 2 && (that.charAt(0) == 'ب' || that.charAt(0) == 'و'
          || that.charAt(0) == 'ل') ? that.substring(1) : that;
      if (!bare.startsWith("ان") || bare.length() > 2) {
        return false; // الذي، حيث، or أنه carrying its subject
      }
      if (i + 1 < verb && ownPronoun(text.form(i + 1))) {
        return false; // أن بلاده، أن قواته
      }
      for (int k = i + 1; k < verb; k++) {
        String w = text.form(k);
        if (text.isWord(k) && !cues.particles.contains(w) && !cues.negations.contains(w)) {
          return true;
        }
      }
      return false;
    }
    return false;
  }

  /** بلاده، قواتها: an indefinite noun carrying a pronoun (not a definite الشرطة). */
  private static boolean ownPronoun(String w) {
    return !w.startsWith("ال") && w.length() > 4
        && (w.endsWith("ه") || w.endsWith("ها") || w.endsWith("هم"));
  }

  /**
   * A relative pronoun, a complementizer or another verb's coordination (و + trigger) ends the
   * verb's reach; commas around a title in apposition do not.
   */
  boolean clauseBoundaryBetween(AnalyzedText text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isComplementizer(text, i) || Tokens.isBreak(text, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A verbal noun standing as the direct object of a speech verb just read (أعلن ترامب الأربعاء
   * سحب القوات): the act announced, whose agent is the speaker. The statement is told as well:
   * one statement per speech act. A verb of condemning (أدانت الجامعة العربية استهداف السعودية،
   * ندد الوزير بقصف المدينة) judges someone else's act: its speaker is not the act's agent.
   */
  boolean announcedAct(AnalyzedText text, Found f, Optional<Governor> governor,
      int[] triggerStarts) {
    if (governor.isEmpty() || governor.get().event().type() != EventType.STATEMENT) {
      return false;
    }
    int sentenceStart = text.sentenceStart(text.sentenceOf(f.start()));
    Governor g = governor.get();
    if (condemns(text, g)) {
      return false;
    }
    return nominal(text, f, sentenceStart) && !governedByPreposition(text, f, sentenceStart)
        && g.sentence() == text.sentenceOf(f.start()) && g.triggerEnd() <= f.start()
        && f.start() - g.triggerEnd() <= GOVERNOR_REACH
        && !clauseBoundaryBetween(text, g.triggerEnd(), f.start())
        && !Tokens.anotherTriggerBetween(triggerStarts, g.triggerEnd() - 1, f.start())
        && lightVerbAt(text, f.start(), sentenceStart) < 0;
  }

  /** The governor is a verb of condemning (أدان، ندد بـ): the act it governs is someone else's. */
  boolean condemns(AnalyzedText text, Governor g) {
    String verb = text.form(g.triggerEnd() - 1);
    return cues.condemning.contains(verb)
        || cues.condemning.contains(ProcliticStripper.withoutConjunction(verb, 2));
  }

  /** Only particles (قد، كان، سوف) stand between the entity and the verb: subject–verb order. */
  boolean frontedSubject(AnalyzedText text, int entityEnd, int verb) {
    if (verb - entityEnd > 2) {
      return false;
    }
    for (int i = entityEnd; i < verb; i++) {
      if (!cues.particles.contains(text.form(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The trigger is read as a noun: a verbal noun, a phrase right after a light verb, or a verb
   * form a preposition governs.
   */
  boolean nominal(AnalyzedText text, Found f, int sentenceStart) {
    TriggerLexicon.Pos pos = f.trigger().pos();
    return pos == TriggerLexicon.Pos.MASDAR || pos == TriggerLexicon.Pos.NOUN
        || pos == TriggerLexicon.Pos.PHRASE && (nounShape(text, f)
            || f.start() > sentenceStart && lightVerbAt(text, f.start(), sentenceStart)
                == f.start() - 1) // ونفذ تفجيرا انتحاريا: a verb is followed by its object
        || (pos == TriggerLexicon.Pos.PERFECT || pos == TriggerLexicon.Pos.PHRASE)
            && governedByPreposition(text, f, sentenceStart);
  }

  /**
   * A perfect-verb form right after a preposition (على نشر، بعد انسحاب، بنشر) is the homographic
   * verbal noun: prepositions govern nouns, never verbs.
   */
  boolean governedByPreposition(AnalyzedText text, Found f, int sentenceStart) {
    return afterPreposition(text, f.start(), f.stripped(), sentenceStart);
  }

  /**
   * A preposition stands right before the word: written as its proclitic (ب، ل، ك) or as the
   * word before, at or after {@code floor}.
   */
  boolean afterPreposition(AnalyzedText text, int token, int stripped, int floor) {
    String proclitics = Tokens.proclitics(text, token, stripped);
    return proclitics.indexOf('ب') >= 0 || proclitics.indexOf('ل') >= 0
        || proclitics.indexOf('ك') >= 0
        || token > floor && cues.governingPrepositions.contains(text.form(token - 1));
  }

  /** The trigger is a verbal noun whose genitive is its doer (زيارة، لقاء، اتصال). */
  boolean doerGenitive(AnalyzedText text, Found f) {
    String stem = Tokens.stem(text, f);
    for (String s : List.of(stem, Tokens.withoutArticle(stem),
        withoutPossessive(stem))) {
      if (cues.doerGenitive.contains(s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * خلال / أثناء right before (no proclitic of its own): the event noun is the setting of the
   * verb governing it, which happened during it (قال ماكرون خلال زيارة إلى أستراليا).
   */
  boolean setting(AnalyzedText text, Found f, int sentenceStart) {
    return f.start() > sentenceStart && Tokens.proclitics(text, f).isEmpty()
        && cues.setting.contains(ProcliticStripper.withoutConjunction(text.form(f.start() - 1), 1))
        && cues.timePrepositions.contains(
            ProcliticStripper.withoutConjunction(text.form(f.start() - 1), 1));
  }

  /**
   * بعد / قبل / منذ / خلال right before: the verbal noun dates the clause (ينتشر الجيش بعد انسحاب
   * القوات الإسرائيلية); it is not the verb's complement, and its own genitive names who acts.
   */
  boolean afterTimePreposition(AnalyzedText text, Found f, int sentenceStart) {
    if (f.start() <= sentenceStart) {
      return false;
    }
    String prev = text.form(f.start() - 1);
    return cues.temporalClause.contains(prev) || cues.timePrepositions.contains(prev);
  }

  /**
   * A phrase trigger whose first word cannot be a verb: it ends in ة (زيارة، إعادة) or begins
   * with إ (إغلاق، إنشاء: the verbal noun of form IV). Read from the surface, since the matching
   * form folds both letters.
   */
  private static boolean nounShape(AnalyzedText text, Found f) {
    String surface = text.surface(f.start());
    int start = text.originalIndex(f.start(), f.stripped()) - text.start(f.start());
    int end = surface.length();
    while (end > start && ArabicNormalizer.isIgnorable(surface.charAt(end - 1))) {
      end--;
    }
    while (start < end && ArabicNormalizer.isIgnorable(surface.charAt(start))) {
      start++;
    }
    if (end <= start) {
      return false;
    }
    if (surface.charAt(end - 1) == 'ة' || surface.charAt(start) == 'إ') {
      return true;
    }
    // انسحاب، اجتماع، استئناف (and اتفاقا with the accusative alif): the verbal noun of forms
    // VII, VIII and X has an alif before its last letter, the verb (انسحب، اتفقا) never does
    String w = surface.substring(start, end);
    int n = w.length();
    return n >= 5 && w.charAt(0) == 'ا' && (w.charAt(n - 2) == 'ا'
        || w.charAt(n - 1) == 'ا' && w.charAt(n - 3) == 'ا');
  }

  /** The trigger word carries the article: a definite noun. */
  static boolean definite(AnalyzedText text, Found f) {
    String form = text.form(f.start());
    return form.substring(Math.min(f.stripped(), form.length())).startsWith("ال")
        || form.startsWith("لل");
  }

  /** A matching form without its possessive pronoun, ت back to ة: زيارته → زياره. */
  private static String withoutPossessive(String form) {
    for (String suffix : List.of("هما", "هم", "ها", "ه")) {
      if (form.length() > suffix.length() + 2 && form.endsWith(suffix)) {
        String bare = form.substring(0, form.length() - suffix.length());
        return bare.endsWith("ت") ? bare.substring(0, bare.length() - 1) + "ه" : bare;
      }
    }
    return form;
  }

  /** The trigger noun carries a possessive pronoun as written: رسالته، لقائه، زيارتها. */
  static boolean possessed(AnalyzedText text, Found f) {
    String surface = text.surface(f.start()); // the head noun: رسالة بعث بها is not possessed
    int n = surface.length();
    while (n > 0 && ArabicNormalizer.isIgnorable(surface.charAt(n - 1))) {
      n--;
    }
    String w = surface.substring(0, n);
    return w.endsWith("ه") || w.endsWith("ها") || w.endsWith("هم") || w.endsWith("هما");
  }

  /**
   * A definite noun still opens an event when بين / مع name its parties right after it. A time
   * expression between them, with or without commas, is an aside (بعد اجتماعه، مساء أمس السبت،
   * مع; اجتماعهما الأحد مع): it does not part the noun from its parties.
   */
  boolean explicitArguments(AnalyzedText text, boolean[] inTimex, int from, int to) {
    int i = heldClause(text, from, to);
    while (i < to && i < from + ASIDE_REACH && (inTimex[i] || Tokens.isComma(text.form(i)))) {
      i++;
    }
    for (int k = i; k < Math.min(to, i + 2); k++) {
      if (cues.partyPrepositions.contains(text.form(k))) {
        return true;
      }
    }
    return false;
  }

  /** Words (adjectives) between a noun and the relative pronoun of the clause telling it held. */
  private static final int HELD_CLAUSE_REACH = 2;

  /**
   * Where the parties of a noun may begin: after the relative clause that tells the event held
   * (الاتصال الهاتفي الذي جرى بين، القمة التاريخية التي انعقدت بين، الحوار الذي جمع وفودا من):
   * a relative pronoun within two words of the noun and a verb of taking place (the HAPPENED
   * role) right after it; else {@code from}.
   */
  private int heldClause(AnalyzedText text, int from, int to) {
    for (int i = from; i < Math.min(to - 1, from + HELD_CLAUSE_REACH + 1); i++) {
      if (Tokens.isRelativePronoun(text.form(i))) {
        return cues.happened.contains(text.form(i + 1)) ? i + 2 : from;
      }
      if (!text.isWord(i)) {
        return from;
      }
    }
    return from;
  }

  /** The relative pronoun at {@code i} opens the clause telling that noun {@code f} took place. */
  private boolean heldAt(AnalyzedText text, Found f, int i) {
    if (f.trigger().isVerb() || i - f.end() > HELD_CLAUSE_REACH
        || !Tokens.isRelativePronoun(text.form(i)) || !cues.happened.contains(text.form(i + 1))) {
      return false;
    }
    for (int k = f.end(); k < i; k++) {
      if (!text.isWord(k)) {
        return false;
      }
    }
    return true;
  }

  /** Tokens a comma-enclosed time aside may take: «، مساء أمس السبت،». */
  private static final int ASIDE_REACH = 7;

  /**
   * The light verb governing a verbal noun (أجرى … اتصالا، عقد … اجتماعا، قام … بزيارة), whose
   * subject is the event's agent; -1 if none in the clause.
   */
  int lightVerbAt(AnalyzedText text, int trigger, int sentenceStart) {
    for (int i = trigger - 1; i >= Math.max(sentenceStart, trigger - LIGHT_VERB_REACH); i--) {
      if (Tokens.isBreak(text, i) || isComplementizer(text, i)) {
        return -1;
      }
      String f = text.form(i);
      if (cues.lightVerbs.contains(f)
          || cues.lightVerbs.contains(ProcliticStripper.withoutConjunction(f, 1))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A speech verb right after كما ("as"): كما ذكر المتحدث باسمها is a clause that tells who said
   * it, a statement of its own, where بحسب ما أفادت الرئاسة only credits a source.
   */
  static boolean asClause(AnalyzedText text, int start, int floor) {
    if (start <= floor) {
      return false;
    }
    String w = text.form(start - 1);
    return w.equals("كما") || w.equals("وكما");
  }

  /**
   * The word at {@code start} is the source of what is told (ووفق «أسوشييتد برس»، بحسب وكالة
   * سانا، بحسب بيان للخارجية، بحسب ما أفادت الرئاسة): an attribution cue stands before it,
   * across quotes, لـ and the relative ما.
   */
  boolean attributed(AnalyzedText text, int start, int floor) {
    for (int i = start - 1; i >= Math.max(floor, start - 3); i--) {
      String w = text.form(i);
      if (Tokens.isQuote(w) || w.equals("ل") || w.equals("لـ") || w.equals("ما")) {
        continue; // بحسب ما أفادت: ما is the relative the source's verb stands in
      }
      return cues.attributionCues.contains(w) || w.length() > 2 && w.charAt(0) == 'و'
          && cues.attributionCues.contains(w.substring(1));
    }
    return false;
  }
}
