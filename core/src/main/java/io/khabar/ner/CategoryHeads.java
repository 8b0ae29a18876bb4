package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.text.ArabicNormalizer;
import io.khabar.token.AnalyzedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Diseases, viruses, currencies, religions, languages and peoples are never people or
 * organisations: Arabic names them in an idafa or apposition after a category head noun (فيروس
 * كورونا، مرض الإيبولا، عملة البيتكوين، قبيلة شمر), so a person or organisation the name finder
 * proposes right after such a head, or starting with one, is of that category and becomes MISC.
 * The heads (and head endings such as …يات) are the resource {@value #RESOURCE}, one category
 * mechanism rather than a list of names. Knowledge-base entities keep their curated type.
 * Stateless and thread-safe.
 */
final class CategoryHeads {

  static final String RESOURCE = "/io/khabar/kb/category-heads.txt";

  private static final Set<String> HEADS = new HashSet<>();
  private static final List<String> SUFFIXES = new ArrayList<>();

  static {
    try (InputStream in = CategoryHeads.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String[] f = line.strip().split("\\s+");
          if (f.length == 2 && f[0].equals("head")) {
            HEADS.add(ArabicNormalizer.get().matchingForm(f[1]));
          } else if (f.length == 2 && f[0].equals("suffix")) {
            SUFFIXES.add(ArabicNormalizer.get().matchingForm(f[1]));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private CategoryHeads() {}

  /** Whether a word (matching form; one proclitic and the article are removed) is a head. */
  static boolean isHead(String form) {
    String w = ProcliticStripper.withoutOneProclitic(form, 3);
    for (String x : new String[] {form, w}) {
      String bare = AliasChoice.withoutArticle(x);
      if (HEADS.contains(bare)) {
        return true;
      }
      for (String s : SUFFIXES) {
        if (x.startsWith("ال") && bare.endsWith(s) && bare.length() >= s.length() + 3
            && HEADS.stream().anyMatch(h -> bare.startsWith(h.substring(0, Math.min(3,
                h.length()))))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The candidates, unknown people and bodies after or headed by a category noun as MISC. */
  static void apply(AnalyzedText text, List<Candidate> candidates) {
    for (int k = 0; k < candidates.size(); k++) {
      Candidate c = candidates.get(k);
      if (!c.entities().isEmpty() || c.isTitle()
          || c.type() != EntityType.PERSON && c.type() != EntityType.ORGANIZATION) {
        continue;
      }
      boolean headed = isHead(c.firstWord(text));
      boolean after = c.start() > 0 && text.isWord(c.start() - 1)
          && text.sentenceOf(c.start() - 1) == text.sentenceOf(c.start())
          && isHead(text.form(c.start() - 1));
      if (headed || after) {
        candidates.set(k, c.withEntities(ImmutableList.of(), EntityType.MISC));
      }
    }
  }
}
