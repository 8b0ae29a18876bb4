package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.text.ArabicNormalizer;
import io.khabar.text.WordListResource;
import io.khabar.token.AnalyzedText;
import io.khabar.token.TokenType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;

/**
 * Works, products and events are no people, bodies or places (news annotation marks them MISC):
 * Arabic names them after a head noun (فيلم، مسلسل، أغنية، جهاز، جائزة، دوري …, the resource
 * {@value #RESOURCE}), so what the name finder or the knowledge base finds in such a title
 * becomes one MISC mention of the title:
 *
 * <ul>
 *   <li>a title in quotes or brackets after a head, or after the head and at most {@value
 *       #MAX_LINKS} adjectives or linking words (أفلام مثل "غران بلو"، البرنامج الصباحي الشهير
 *       "غود مورنينغ أمريكا"), and every title coordinated with it (مسلسلات (لؤلؤ وأصداف)
 *       و(صباح الورد)): whatever the title holds, a place or a known name too;
 *   <li>a run of Latin words after a head (أجهزة Surface RT و Surface Pro، هاتف iPhone 5c);
 *   <li>an unknown name right after a work's head in the singular or headed by one (أغنية
 *       ديسباسيتو، برنامج واقعي; after a plural it is the works' author: لوحات بيكاسو), unless it is a person whose first word is a given name or a name token: the
 *       author or star (برنامج إد سوليفان), as a name the knowledge base knows is (أغنية فيروز);
 *   <li>a place or body right after a competition's head, or after it and one word in construct
 *       (دوري أبطال أوروبا، كأس أمم إفريقيا، بطولة فرنسا المفتوحة), known or not: the competition's
 *       name, which the MISC mention covers from the head on.
 * </ul>
 * Runs on the accepted candidates (in text order, no overlaps). Stateless and thread-safe.
 */
final class WorkTitles {

  static final String RESOURCE = "/io/khabar/kb/work-heads.txt";

  /** How a head names a work; see the resource's header. */
  enum Kind { WORK, WORKS, TITLED, EVENT }

  private static final int MAX_LINKS = 3;
  private static final int MAX_TITLE = 10;

  private static final Map<String, Kind> HEADS = new HashMap<>();
  private static final Set<String> LINKS = new HashSet<>();

  /** Every written form of a head: with a proclitic, the article or a possessive pronoun. */
  private static final Map<String, Kind> FORMS = new HashMap<>();
  private static final String[] CONJUNCTIONS = {"", "و", "ف"};
  private static final String[] PREFIXES = {"", "ال", "ب", "بال", "ل", "لل", "ك", "كال"};
  private static final String[] PRONOUNS = {"ه", "ها", "هم"};

  static {
    ArabicNormalizer n = ArabicNormalizer.get();
    for (String[] f : WordListResource.rows(WorkTitles.class, RESOURCE)) {
      if (f.length != 2) {
        continue;
      }
      String w = n.matchingForm(f[1]);
      switch (f[0]) {
        case "work" -> HEADS.put(w, Kind.WORK);
        case "works" -> HEADS.put(w, Kind.WORKS);
        case "titled" -> HEADS.put(w, Kind.TITLED);
        case "event" -> HEADS.put(w, Kind.EVENT);
        case "link" -> LINKS.add(w);
        default -> throw new IllegalStateException(
            RESOURCE + ": unknown line " + String.join(" ", f));
      }
    }
    for (Map.Entry<String, Kind> head : HEADS.entrySet()) {
      for (String c : CONJUNCTIONS) {
        for (String p : PREFIXES) {
          FORMS.putIfAbsent(c + p + head.getKey(), head.getValue());
          if (!p.endsWith("ال") && !p.equals("لل") && head.getValue() != Kind.EVENT) {
            // مسلسلها، لفيلمه (بطولته is his starring role, no competition)
            for (String pronoun : PRONOUNS) {
              FORMS.putIfAbsent(c + p + head.getKey() + pronoun, head.getValue());
            }
          }
        }
      }
    }
  }

  private WorkTitles() {}

  /**
   * The kind of head a word (matching form) is, or null: one proclitic, the article and a
   * possessive pronoun (مسلسلها، لفيلمه) are stripped. One lookup in the table of the heads'
   * written forms, built once: this runs on every token.
   */
  static Kind kind(String form) {
    return FORMS.get(form);
  }

  /**
   * Turns the candidates inside works' titles into MISC mentions in place; {@code proclitics}
   * gives a token's proclitic chars, {@code givenName} tells a word a person's name starts with.
   */
  static void apply(AnalyzedText text, List<Candidate> accepted, IntUnaryOperator proclitics,
      Predicate<String> givenName) {
    if (accepted.isEmpty()) {
      return;
    }
    int n = text.size();
    for (int h = 0; h < n; h++) {
      if (!text.isWord(h)) {
        continue;
      }
      Kind kind = kind(text.form(h));
      if (kind == null) {
        continue;
      }
      if (kind != Kind.EVENT) {
        titlesAfter(text, accepted, h, givenName);
      }
    }
    for (int k = 0; k < accepted.size(); k++) {
      Candidate c = accepted.get(k);
      if (c.isTitle() || c.type() == EntityType.MISC) {
        continue;
      }
      int h = c.start() - 1;
      boolean before = h >= 0 && text.isWord(h) && text.sentenceOf(h) == text.sentenceOf(c.start());
      Kind after = before ? kind(text.form(h)) : null;
      String first = c.firstWord(text);
      boolean named = after == Kind.WORK && c.source() == Candidate.Source.MODEL
          && c.type() != EntityType.LOCATION; // أفلام هوليوود: where the works come from
      if (c.entities().isEmpty() && c.source() != Candidate.Source.KB
          && (named || kind(first) == Kind.WORK || kind(first) == Kind.WORKS)
          && !(c.type() == EntityType.PERSON && givenName.test(first))) {
        // أغنية ديسباسيتو، برنامج واقعي: the work's own name
        accepted.set(k, c.withEntities(ImmutableList.of(), EntityType.MISC));
        continue;
      }
      if (c.type() == EntityType.PERSON) {
        continue;
      }
      int event = -1;
      if (after == Kind.EVENT) {
        event = h;
      } else if (before && h > 0 && text.isWord(h - 1)
          && text.sentenceOf(h - 1) == text.sentenceOf(h) && kind(text.form(h - 1)) == Kind.EVENT
          && !coveredBy(accepted, h) && !text.form(h).startsWith("ال")
          && proclitics.applyAsInt(h) == 0
          && !DocumentConsistency.isFunctionWord(text.form(h))) {
        event = h - 1; // دوري أبطال أوروبا: one word in construct between
      }
      if (event >= 0 && c.stripped() == 0 && !coveredBy(accepted, event)) {
        accepted.set(k, new Candidate(event, c.end(), proclitics.applyAsInt(event),
            Candidate.Source.PHRASE, ImmutableList.of(), EntityType.MISC, c.score()));
      }
    }
  }

  /**
   * Marks the titles after head {@code h}: quoted, bracketed or Latin, and those coordinated
   * with them, turning the candidates inside each into one MISC mention.
   */
  private static void titlesAfter(AnalyzedText text, List<Candidate> accepted, int h,
      Predicate<String> givenName) {
    int n = text.size();
    int sentence = text.sentenceOf(h);
    int t = h + 1;
    int links = 0;
    boolean titled = kind(text.form(h)) == Kind.TITLED;
    while (t < n && links < MAX_LINKS && text.isWord(t) && text.sentenceOf(t) == sentence
        && text.type(t) != TokenType.LATIN && isLink(text.form(t)) && !coveredBy(accepted, t)) {
      t++;
      links++;
    }
    while (t < n && text.sentenceOf(t) == sentence) {
      int end;
      int next;
      // جهاز الأمن الداخلي (شين بيت): brackets after a body's head name the body
      String close = titled && text.form(t).equals("(") ? null : closing(text.form(t));
      if (close != null) {
        int c = t + 1;
        while (c < n && c - t <= MAX_TITLE && !text.form(c).equals(close)
            && text.sentenceOf(c) == sentence) {
          c++;
        }
        if (c >= n || !text.form(c).equals(close) || c == t + 1) {
          return;
        }
        mark(text, accepted, t + 1, c, links == 0 && t == h + 1 ? givenName : f -> false);
        next = c + 1;
      } else if (text.type(t) == TokenType.LATIN && links == 0) {
        end = t;
        while (end < n && end - t < MAX_TITLE && (text.type(end) == TokenType.LATIN
            || end > t && text.type(end) == TokenType.NUMBER)) {
          end++;
        }
        mark(text, accepted, t, end, givenName);
        next = end;
      } else {
        return;
      }
      // و"نيكيتا"، و(أيوب)، و Surface Pro: a title coordinated with the one before
      h = -1;
      if (next + 1 < n && (text.form(next).equals("و") || text.form(next).equals("،")
          || text.form(next).equals(",")) && text.sentenceOf(next + 1) == sentence
          && (closing(text.form(next + 1)) != null
              || text.type(next + 1) == TokenType.LATIN && text.form(next).equals("و"))) {
        t = next + 1;
        links = 0;
      } else {
        return;
      }
    }
  }

  /**
   * Replaces the candidates inside tokens [from, to) by one MISC mention of the whole, unless
   * the quotes right after the head hold just a person's name that starts with a given name:
   * the singer or author quoted (أغنية "ليونارد كوهين" الشهيرة "هللويا"); {@code givenName}
   * never holds for a title coordinated with another.
   */
  private static void mark(AnalyzedText text, List<Candidate> accepted, int from, int to,
      Predicate<String> givenName) {
    int first = -1;
    int last = -1;
    for (int k = 0; k < accepted.size(); k++) {
      Candidate c = accepted.get(k);
      if (c.end() <= from || c.start() >= to) {
        continue;
      }
      if (c.start() < from || c.end() > to || c.isTitle()
          || c.type() == EntityType.PERSON && !c.entities().isEmpty()) {
        // a name across the edge: the quotes are no title's; a known person: named in brackets
        // (نظام (الرئيس بشار الأسد))
        return;
      }
      if (first < 0) {
        first = k;
      }
      last = k;
    }
    if (first < 0) {
      return;
    }
    Candidate c = accepted.get(first);
    if (first == last && c.start() == from && c.end() == to && c.type() == EntityType.PERSON
        && givenName.test(text.form(from))) {
      return;
    }
    for (int k = last; k > first; k--) {
      accepted.remove(k);
    }
    accepted.set(first, new Candidate(from, to, 0, Candidate.Source.QUOTED, ImmutableList.of(),
        EntityType.MISC, c.score()));
  }

  /** Whether token {@code t} is inside an accepted candidate. */
  private static boolean coveredBy(List<Candidate> accepted, int t) {
    for (Candidate c : accepted) {
      if (c.start() <= t && t < c.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word may stand between a work's head and its title: a linking word of the
   * resource, a definite word or a nisba adjective (الصباحي، الشهير، الغنائي، كوميدية).
   */
  private static boolean isLink(String form) {
    return LINKS.contains(form) || form.startsWith("ال") && form.length() > 3
        || form.endsWith("ي") || form.endsWith("يه");
  }

  /** The closing mark of an opening quote or bracket, or null. */
  private static String closing(String form) {
    return switch (form) {
      case "\"" -> "\"";
      case "«" -> "»";
      case "“" -> "”";
      case "(" -> ")";
      case "'" -> "'";
      default -> null;
    };
  }
}
