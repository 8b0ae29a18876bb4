package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.kb.PhraseMatch;
import io.khabar.kb.PhraseTrie;
import io.khabar.kb.TitleSense;
import io.khabar.token.AnalyzedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import io.khabar.text.ArabicNormalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;

/**
 * Titles are never inside a person's name: Arabic news puts honorifics (الملك، الأمير، سمو،
 * الشيخ) and office titles (ولي العهد السعودي، خادم الحرمين الشريفين، الرئيس الروسي) in
 * apposition before the name, so a person's mention that starts with them (a knowledge-base
 * alias such as «الأمير محمد بن سلمان», or a span of the name finder) is cut in two: the
 * leading titles become a mention of kind {@link MentionKind#TITLE} of the same person, the rest
 * is the name. A person's mention that is nothing but titles (a knowledge-base alias such as
 * «خادم الحرمين الشريفين») is a title mention as a whole. The honorifics are the resource {@value #HONORIFICS}; office titles are the title
 * lexicon's phrases. Stateless and thread-safe.
 */
final class TitlePrefix {

  static final String HONORIFICS = "/io/khabar/kb/honorifics.txt";

  private static final PhraseTrie<String> WORDS = read();
  /** The one-word honorifics, in matching form. */
  private static final Set<String> SINGLE = single();

  private TitlePrefix() {}

  /** Whether an honorific starts at token {@code i} (proclitics allowed on the first word). */
  static Optional<PhraseMatch<String>> honorificAt(AnalyzedText text, int i) {
    return WORDS.matchAt(text, i);
  }

  /** Whether {@code form} (matching form, no proclitics) is a one-word honorific (الشيخ). */
  static boolean isHonorificWord(String form) {
    return SINGLE.contains(form);
  }

  private static Set<String> single() {
    Set<String> out = new HashSet<>();
    try (InputStream in = TitlePrefix.class.getResourceAsStream(HONORIFICS)) {
      if (in != null) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String w = line.strip();
          if (!w.isEmpty() && !w.startsWith("#") && w.indexOf(' ') < 0) {
            out.add(ArabicNormalizer.get().matchingForm(w));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + HONORIFICS, e);
    }
    return Set.copyOf(out);
  }

  /**
   * The candidates, each person's leading titles split off as a title mention before it. A
   * title's adjectives belong to it (العاهل الأردني، الرئيس الكوري الجنوبي: "the Jordanian
   * monarch"): after the titles, a country's adjective ({@code demonyms}, matching forms) and,
   * when nothing else follows, definite nisba adjectives (الجنوبي) are the title's, never a
   * name of their own.
   */
  static List<Candidate> split(AnalyzedText text, List<Candidate> accepted,
      PhraseTrie<TitleSense> titles, java.util.function.Predicate<String> demonym) {
    List<Candidate> out = new ArrayList<>(accepted.size());
    for (Candidate c : accepted) {
      if (c.type() != EntityType.PERSON || c.isTitle()) {
        out.add(c);
        continue;
      }
      int nameStart = c.start();
      while (nameStart < c.end()) {
        Optional<? extends PhraseMatch<?>> m = honorificAt(text, nameStart);
        if (m.isEmpty() || m.get().end() > c.end()) {
          m = titles.matchAt(text, nameStart);
        }
        if (m.isEmpty() || m.get().end() > c.end()
            || nameStart > c.start() && m.get().strippedChars() > 0) {
          break;
        }
        nameStart = m.get().end();
      }
      if (nameStart > c.start()) {
        nameStart = afterAdjectives(text, nameStart, c.end(), demonym);
      }
      if (nameStart == c.start()) {
        out.add(c);
        continue;
      }
      // a name of the knowledge base that is only a title (خادم الحرمين الشريفين) is a title
      out.add(new Candidate(c.start(), nameStart, c.stripped(), Candidate.Source.TITLE,
          c.entities(), EntityType.PERSON, c.score()));
      if (nameStart < c.end()) {
        out.add(new Candidate(nameStart, c.end(), 0, c.source(), c.entities(), c.type(),
            c.score()));
      }
    }
    return out;
  }

  /**
   * Where the name starts after the adjectives of a title ending at {@code from}: countries'
   * adjectives are skipped; the rest is skipped too when it is only definite nisbas (ال…ي،
   * ال…ية), which agree with the title and cannot be a name alone.
   */
  private static int afterAdjectives(AnalyzedText text, int from, int end,
      java.util.function.Predicate<String> demonym) {
    int i = from;
    while (i < end && demonym.test(text.form(i)) && text.form(i).startsWith("ال")) {
      i++;
    }
    int j = i;
    while (j < end && Nisbas.isDefinite(text.form(j))) {
      j++;
    }
    return j == end ? end : i;
  }

  private static PhraseTrie<String> read() {
    PhraseTrie.Builder<String> b = PhraseTrie.builder();
    try (InputStream in = TitlePrefix.class.getResourceAsStream(HONORIFICS)) {
      if (in != null) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String w = line.strip();
          if (!w.isEmpty() && !w.startsWith("#")) {
            b.add(w, w);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + HONORIFICS, e);
    }
    return b.build();
  }

  /**
   * A ministry named right after a title noun in construct (وزيرة الخارجية الكندية) is the
   * minister's portfolio: the phrase describes a person (كريستيا فريلاند after it), not the
   * ministry, so the match becomes a title from the title noun on, which joins the person named
   * after it (or names nobody). Other bodies stay (متحدث الكرملين: the Kremlin is named).
   */
  static void titleComplements(AnalyzedText text, List<Candidate> candidates) {
    for (int k = 0; k < candidates.size(); k++) {
      Candidate c = candidates.get(k);
      if (c.source() != Candidate.Source.KB || c.type() != EntityType.ORGANIZATION
          || c.entities().stream().noneMatch(e -> e.name().startsWith("Ministry"))
          || c.stripped() > 0 || c.start() == 0 || !text.isWord(c.start() - 1)
          || text.sentenceOf(c.start() - 1) != text.sentenceOf(c.start())) {
        continue;
      }
      String before = text.form(c.start() - 1);
      if (CueWords.of(before) != CueWords.Cue.TITLE) {
        before = ProcliticStripper.withoutConjunction(before, 3);
      }
      if (!before.startsWith("ال") && CueWords.of(before) == CueWords.Cue.TITLE) {
        candidates.set(k, new Candidate(c.start() - 1, c.end(),
            text.form(c.start() - 1).length() - before.length(), Candidate.Source.TITLE,
            ImmutableList.of(), EntityType.PERSON, c.score()));
      }
    }
  }
}
