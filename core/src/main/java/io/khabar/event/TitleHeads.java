package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The person a title names. News writing puts a person's title before his name, and the title
 * is a construct whose genitive may itself be a body, a place or a person: in قال منسق الأمم
 * المتحدة للشؤون الإنسانية في الأراضي الفلسطينية جيمي ماكغولدريك the speaker is the coordinator,
 * McGoldrick, not the United Nations; in قال محامي ترامب رودي جولياني it is Giuliani, whose name
 * follows the genitive Trump at once. So:
 * <ul>
 *   <li>A title noun (a {@code TITLE_WORD} or {@code TITLE_HEAD} of {@code argument-cues.tsv})
 *       heading the subject, followed by its complement (genitive names, definite words, also
 *       joined by و as in وزير التربية والتعليم, words with ل, في, باسم, a comma) up to a
 *       person's name: that person is the head's name. A person
 *       right before another person is the genitive, not the head's name.</li>
 *   <li>An indefinite title heading the subject whose complement ends with no person named (قال
 *       مرشح حزب العمّال الذي …) is an official left unnamed: the body in his title does not
 *       speak.</li>
 *   <li>A lone definite nisba adjective read as a person before a comma and a name (وقال
 *       الديمقراطي، بيل نيلسون) is an apposition to that name: the name speaks.</li>
 * </ul>
 * A complement stops at a complementizer, a preposition other than في, a quotation or colon,
 * and any word that is neither definite nor in construct. Stateless.
 */
final class TitleHeads {

  /** Tokens from the title noun to its person's name, across the complement. */
  static final int TITLE_REACH = 10;
  /** Dates or commas between the verb and the title (قال، الأحد، منسق). */
  private static final int SUBJECT_OFFSET = 3;

  /** What the title at the subject's head names. */
  record Titled(Optional<Occurrence> person, boolean unnamed) {
    static final Titled NONE = new Titled(Optional.empty(), false);
  }

  private final Cues cues;
  private final Obliques obliques;
  private final Set<String> titleHeads;

  TitleHeads(Cues cues, Obliques obliques, TriggerLexicon lexicon) {
    this.cues = cues;
    this.obliques = obliques;
    this.titleHeads = lexicon.cues("TITLE_HEAD");
  }

  /** The title heading the subject that starts at {@code from} (after the verb), read to its name. */
  Titled at(AnalyzedText text, EntityLayer layer, int from, int to) {
    int head = from;
    while (head < to && head - from < SUBJECT_OFFSET
        && (Tokens.isComma(text.form(head)) || cues.timeCues.contains(text.form(head)))) {
      head++;
    }
    if (head >= to || !text.isWord(head) || layer.entityAt(head) >= 0) {
      return Titled.NONE;
    }
    String w = text.form(head);
    String bare = Tokens.withoutArticle(w);
    if (!titleNoun(w) && !titleNoun(bare)) {
      return Titled.NONE;
    }
    boolean indefinite = !w.startsWith("ال");
    int end = Math.min(to, head + TITLE_REACH);
    List<Occurrence> after = Tokens.occurrences(layer, head, Math.min(to, end + 4));
    int i = head + 1;
    boolean inName = false; // باسم: the body named after it speaks, if no person does
    boolean boundary = false;
    while (i < end) {
      int e = layer.entityAt(i);
      if (e >= 0) {
        Occurrence o = occurrenceAt(after, i);
        if (o == null) {
          return Titled.NONE;
        }
        if (EntityKinds.isPerson(layer, o.entity()) && !oblique(text.form(i))) {
          Occurrence next = occurrenceAt(after, o.end());
          // (a name already apposed after a comma has its object after the next comma: وزير
          // الطاقة، يوفال شتاينتز، الرئيس السوري)
          Occurrence apposed = o.end() < text.size() && Tokens.isComma(text.form(o.end()))
              && !Tokens.isComma(text.form(o.start() - 1))
              ? occurrenceAt(after, o.end() + 1) : null;
          if (apposed != null && EntityKinds.isPerson(layer, apposed.entity())) {
            // محامي عائلة كولفن، سكوت غيلمور: the name after the comma is the head's
            return new Titled(Optional.of(apposed), false);
          }
          if (next == null || !EntityKinds.isPerson(layer, next.entity())) {
            // مستشار الرئيس الأمريكي دونالد ترامب للأمن القومي، جون بولتون: more title, then
            // the head's name after the comma
            return new Titled(Optional.of(appositionHead(text, layer, after, o)), false);
          }
        }
        i = o.end(); // a body, a place, or a person in the genitive: the title goes on
        continue;
      }
      String f = text.form(i);
      if (f.equals("#")) {
        i++;
        continue; // رئيس جمهورية الشيشان #رمضان_قديروف: a hashtag's sign
      }
      if (Tokens.isQuote(f) && i + 1 < end && layer.entityAt(i + 1) >= 0
          && EntityKinds.isPerson(layer, layer.entityAt(i + 1))) {
        i++;
        continue; // المتحدث باسم الحكومة السابقة "ستيفان لو فول": the name in quotes
      }
      if (stop(f) || oblique(f) || !text.isWord(i) && !Tokens.isComma(f)) {
        boundary = true; // إن، الذي، a colon, لنظيره: the title ended
        break;
      }
      if (f.equals("في") && !(i + 1 < to && (layer.entityAt(i + 1) >= 0
          || text.form(i + 1).startsWith("ال")))) {
        boundary = true; // في حديثه للزميلة X: a setting, and the name after it is no title's
        break;
      }
      boolean name = f.startsWith("باسم");
      inName |= name;
      if (Tokens.isComma(f) || f.equals("في") || name || titleNoun(f)
          || f.startsWith("ال") && !cues.timeCues.contains(f)
          || f.startsWith("وال") && f.length() > 4 // وزير التربية والتعليم: a coordinated genitive
          || f.startsWith("ل") && f.length() > 3
          || inConstruct(text, layer, i)) {
        i++;
        continue;
      }
      break; // a word that is no title: a verb, an object
    }
    boundary |= i >= to; // the clause ends with the title: وقال مؤسس مايكروسوفت، إن
    Occurrence apposed = commaApposed(text, layer, after, head, to);
    if (apposed != null) {
      return new Titled(Optional.of(apposed), false);
    }
    return new Titled(Optional.empty(), indefinite && boundary && !inName && i > head + 1);
  }

  /**
   * The title runs on to a comma, and a person set off by commas follows it: that person is the
   * head's name (ووصف مدير عمليات التجزئة بالبنك، أنغوس سوليفان، الحادث; وقال الرئيس التنفيذي
   * للاتحاد وأحد نجومه، تريبل إيتش، لصحيفة). Only the title's words stand before the comma: no
   * complementizer, relative, particle or quotation (قال الوزير إن الرئيس، X، …).
   */
  private Occurrence commaApposed(AnalyzedText text, EntityLayer layer, List<Occurrence> after,
      int head, int to) {
    for (int k = head + 1; k < Math.min(to, head + TITLE_REACH); k++) {
      String f = text.form(k);
      if (Tokens.isComma(f)) {
        Occurrence o = occurrenceAt(after, k + 1);
        boolean closed = o != null && o.end() < to && Tokens.isComma(text.form(o.end()));
        return closed && EntityKinds.isPerson(layer, o.entity()) ? o : null;
      }
      if (!text.isWord(k) || stop(f) || EntityKinds.personWithin(layer, k, k + 1, 1)) {
        return null;
      }
    }
    return null;
  }

  /**
   * A word with ل whose noun is a title (لنظيره، للرئيس): a person after it is addressed or in
   * the genitive (مستشار للرئيس التركي), never the title's own name.
   */
  private boolean oblique(String f) {
    if (!f.startsWith("ل") || f.length() < 4) {
      return false;
    }
    String noun = f.startsWith("لل") ? f.substring(2) : f.substring(1);
    return titleNoun(noun) || titleNoun("ال" + noun);
  }

  /**
   * The subject at {@code from} is a feminine common noun in construct with a person (قالت
   * عائلة الصحفية، ماري كولفن، قالت أسرة اللاعب محمد صلاح، قالت حكومة نتنياهو): the family or
   * the government speaks, a group left unnamed, and the person in its genitive does not.
   */
  boolean personsGroup(AnalyzedText text, EntityLayer layer, int from, int to) {
    if (from >= to || !text.isWord(from) || layer.entityAt(from) >= 0) {
      return false;
    }
    String w = text.form(from);
    if (w.startsWith("ال") || w.length() < 4 || !(w.endsWith("ة") || w.endsWith("ه"))
        || titleNoun(w) || stop(w)) {
      return false;
    }
    for (int j = from + 1; j < Math.min(to, from + 4); j++) {
      int e = layer.entityAt(j);
      if (e >= 0) {
        // حكومة نتنياهو، but not تارة ماكوي: right before a name told for the first time, an
        // unknown word is more likely its first name, which the name finder left out
        return EntityKinds.isPerson(layer, e) && (j > from + 1 || layer.linked(e).isPresent()
            || Tokens.occurrences(layer, 0, from).stream().anyMatch(o -> o.entity() == e));
      }
      String f = text.form(j);
      if (!Tokens.isComma(f) && !(f.startsWith("ال") && !stop(f))) {
        return false;
      }
    }
    return false;
  }

  /**
   * The head's name of an apposition: in قال مستشار الرئيس الأمريكي دونالد ترامب للأمن القومي،
   * جون بولتون the first name stands inside the title (a title word before it, more title after
   * it) and the speaker is the name right after the comma that closes the title; in وقال
   * الديمقراطي، بيل نيلسون a lone nisba adjective read as a person is the name's apposition.
   */
  Occurrence appositionHead(AnalyzedText text, EntityLayer layer, List<Occurrence> after,
      Occurrence named) {
    if (loneNisba(text, named) && named.end() + 1 < text.size()
        && Tokens.isComma(text.form(named.end()))) {
      Occurrence next = occurrenceAt(after, named.end() + 1);
      if (next != null && EntityKinds.isPerson(layer, next.entity())) {
        return next;
      }
    }
    boolean inTitle = false;
    for (int i = named.start() - 1; i >= Math.max(0, named.start() - 3); i--) {
      inTitle |= obliques.isTitleWord(Tokens.withoutArticle(text.form(i)));
    }
    if (!inTitle) {
      return named;
    }
    int comma = -1;
    for (int i = named.end(); i < Math.min(text.size(), named.end() + TITLE_TAIL); i++) {
      if (Tokens.isComma(text.form(i))) {
        comma = i;
        break;
      }
      if (!text.isWord(i) || layer.entityAt(i) >= 0) {
        return named;
      }
    }
    if (comma <= named.end()) {
      return named; // the name ends the title: it is the head's own (الرئيس الأمريكي دونالد ترامب،)
    }
    for (Occurrence o : after) {
      if (o.start() == comma + 1 && EntityKinds.isPerson(layer, o.entity())) {
        return o;
      }
    }
    return named;
  }

  /** Tokens between a name inside a title and the comma that opens the apposition's name. */
  private static final int TITLE_TAIL = 4;

  /** One definite word ending in the nisba ي: الديمقراطي، الجمهوري. */
  private static boolean loneNisba(AnalyzedText text, Occurrence o) {
    String w = text.form(o.start());
    return o.end() - o.start() == 1 && w.startsWith("ال") && w.endsWith("ي") && w.length() > 4;
  }

  /** A word that ends a title's complement: إن، أن، a preposition, a particle, a relative. */
  private boolean stop(String f) {
    return cues.complementizers.contains(f) || cues.particles.contains(f)
        || !f.equals("في") && cues.cuePrepositions.contains(f) || cues.attributionCues.contains(f)
        || Tokens.isRelativePronoun(f) || f.equals("ان") || f.equals("إن");
  }

  /**
   * A name follows the definite noun at {@code noun} as its own (الرئيس السوري أحمد الشرع،
   * المتحدث باسم الخارجية): only adjectives, titles, باسم or a comma stand between. A name
   * opening with an indefinite title (تتهم الجمعية وزير الدفاع) cannot stand in apposition to
   * a definite noun: it is the object, and the noun is the unnamed subject.
   */
  boolean ownName(AnalyzedText text, EntityLayer layer, int noun, int to, int reach) {
    for (int j = noun + 1; j < Math.min(to, noun + reach + 1); j++) {
      String f = text.form(j);
      if (layer.entityAt(j) >= 0) {
        return f.startsWith("ال") || !titleNoun(f);
      }
      if (!Tokens.isComma(f) && !f.startsWith("باسم") && !titleNoun(f) && !oblique(f) && !stop(f)
          && (f.startsWith("ال") || f.startsWith("لل") && f.length() > 4)) {
        continue; // المكتب الإقليمي للمنظمة: adjectives and definite ل-genitives (a bare ل may
                  // be the noun's own first letter: النادي لاعبه السابق)
      }
      if (!Tokens.isComma(f) && !f.startsWith("باسم") && !titleNoun(f)
          && !(text.isWord(j) && !stop(f) && firstNames(text, layer, j))) {
        return false;
      }
    }
    return false;
  }

  /**
   * The word at {@code j} and at most one more are followed at once by a name: a first name the
   * name finder left out (الخبيرة باتريشا ريد).
   */
  private boolean firstNames(AnalyzedText text, EntityLayer layer, int j) {
    for (int k = j + 1; k <= j + 2 && k < text.size(); k++) {
      if (layer.entityAt(k) >= 0) {
        return true;
      }
      if (!text.isWord(k) || stop(text.form(k)) || text.form(k).startsWith("ال")) {
        return false;
      }
    }
    return false;
  }

  /**
   * A sound masculine plural in the nominative (اقتصاديون، المحللون): after a speech verb it can
   * only be the subject (the object would end in ـين). Short words ending so are no plurals
   * (دون، قانون، مليون), nor is تلفزيون.
   */
  static boolean nominativePlural(String w) {
    String stem = Tokens.withoutArticle(w);
    return stem.endsWith("ون") && stem.length() >= 6 && !stem.endsWith("زيون");
  }

  /**
   * A preposition other than في stands between a speech verb and a name (قال عن ماري كولفن،
   * أشار إلى أصول صندوق الاحتياطي): the name is the object's or the topic's, not the subject.
   */
  boolean objectBetween(AnalyzedText text, int verbEnd, int name) {
    for (int i = verbEnd; i < name; i++) {
      String f = text.form(i);
      if (f.equals("عن") || !f.equals("في") && cues.cuePrepositions.contains(f)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A title noun carrying a possessive pronoun (سفيرتها، رئيسه، متحدثهم): its owner is the name
   * the pronoun points back to, and the person it titles is someone else.
   */
  boolean possessedTitle(String w) {
    for (String suffix : List.of("هما", "ها", "هم", "ه")) {
      if (w.length() > suffix.length() + 2 && w.endsWith(suffix)) {
        String stem = w.substring(0, w.length() - suffix.length());
        return titleNoun(stem) || stem.endsWith("ت")
            && (titleNoun(stem.substring(0, stem.length() - 1) + "ة")
                || titleNoun(stem.substring(0, stem.length() - 1) + "ه"));
      }
    }
    return false;
  }

  boolean titleNoun(String w) {
    return cues.titleWords.contains(w) || titleHeads.contains(w);
  }

  /** An indefinite noun in a construct chain: the next token is a name or a definite word. */
  private static boolean inConstruct(AnalyzedText text, EntityLayer layer, int i) {
    return text.isWord(i) && i + 1 < text.size()
        && (layer.entityAt(i + 1) >= 0 || text.form(i + 1).startsWith("ال"));
  }

  private static Occurrence occurrenceAt(List<Occurrence> after, int start) {
    for (Occurrence o : after) {
      if (o.start() == start) {
        return o;
      }
    }
    return null;
  }
}
