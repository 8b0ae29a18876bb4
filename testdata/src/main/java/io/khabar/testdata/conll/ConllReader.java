package io.khabar.testdata.conll;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads ANERcorp / AQMAR style NER files: one {@code token tag} pair per line, a blank line between
 * sentences, UTF-8.
 *
 * <p>Repairs the known defects of these corpora instead of failing on them: bidi marks
 * (U+200E/U+200F, also U+200B–U+200D, U+FEFF) are removed from tokens and tags, tag typos are
 * mapped ({@code OO}→O, {@code IO}→O, {@code I--ORG}→I-ORG), AQMAR's {@code PER} becomes
 * {@code PERS} and its article-specific {@code MIS0}…{@code MIS3} (and variants like
 * {@code MIS-1}, {@code MISS1}) become {@code MISC}. Any other unknown type becomes {@code O} and is
 * counted in {@link #repairedTags()}. An {@code I-} tag that does not continue an entity of the same
 * type is kept as is: CoNLL scoring treats it as a beginning, and so does {@link #entities}.
 * A line with a token but no tag (AQMAR has a few) gets {@code O}; a token made only of removed
 * marks is dropped.
 */
public final class ConllReader {

  private int repairedTags;
  private int droppedTokens;

  /** Number of tags changed by the repairs above since this reader was created. */
  public int repairedTags() {
    return repairedTags;
  }

  /** Number of tokens dropped because they consisted only of invisible marks. */
  public int droppedTokens() {
    return droppedTokens;
  }

  public List<TaggedSentence> read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in);
    }
  }

  /** Reads every {@code *.txt} file of a directory in name order (AQMAR: one file per article). */
  public List<TaggedSentence> readDirectory(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    List<TaggedSentence> all = new ArrayList<>();
    for (Path f : files) {
      all.addAll(read(f));
    }
    return all;
  }

  public List<TaggedSentence> read(String text) {
    try {
      return read(new StringReader(text));
    } catch (IOException e) {
      throw new AssertionError(e); // StringReader does not throw
    }
  }

  public List<TaggedSentence> read(Reader reader) throws IOException {
    BufferedReader in =
        reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<TaggedSentence> sentences = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      String trimmed = line.strip();
      if (stripMarks(trimmed).isBlank()) {
        flush(tokens, tags, sentences);
        continue;
      }
      // split before removing marks, so a token made only of marks is not mistaken for a tag-less token
      int sp = lastSpace(trimmed);
      String token;
      String rawTag;
      if (sp < 0) {
        token = stripMarks(trimmed).strip();
        rawTag = "O";
        repairedTags++;
      } else {
        token = stripMarks(trimmed.substring(0, sp)).strip();
        rawTag = stripMarks(trimmed.substring(sp + 1)).strip();
      }
      if (token.isEmpty()) {
        droppedTokens++;
        continue;
      }
      tokens.add(token);
      tags.add(normaliseTag(rawTag));
    }
    flush(tokens, tags, sentences);
    return sentences;
  }

  private static void flush(List<String> tokens, List<String> tags, List<TaggedSentence> out) {
    if (!tokens.isEmpty()) {
      out.add(TaggedSentence.of(tokens, tags));
      tokens.clear();
      tags.clear();
    }
  }

  private static int lastSpace(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t') {
        return i;
      }
    }
    return -1;
  }

  static String stripMarks(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean mark = (c >= '\u200B' && c <= '\u200F') || c == '\uFEFF' || c == '\u202A'
          || c == '\u202B' || c == '\u202C' || c == '\u202D' || c == '\u202E';
      if (mark) {
        if (sb == null) {
          sb = new StringBuilder(s.length()).append(s, 0, i);
        }
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** Maps a raw corpus tag to O / B-TYPE / I-TYPE with TYPE in PERS, LOC, ORG, MISC. */
  String normaliseTag(String raw) {
    String t = raw.strip().replace('`', ' ').strip().toUpperCase(java.util.Locale.ROOT);
    if (t.equals("O")) {
      return "O";
    }
    if (t.equals("OO") || t.equals("IO")) {
      repairedTags++;
      return "O";
    }
    if (t.length() < 3 || (t.charAt(0) != 'B' && t.charAt(0) != 'I')) {
      repairedTags++;
      return "O";
    }
    char bio = t.charAt(0);
    int i = 1;
    while (i < t.length() && t.charAt(i) == '-') {
      i++;
    }
    String type = t.substring(i);
    String mapped = mapType(type);
    if (mapped == null) {
      repairedTags++;
      return "O";
    }
    if (i != 2 || !mapped.equals(type)) {
      if (!(type.equals("PER") || type.startsWith("MIS"))) {
        repairedTags++; // a real typo, not the AQMAR naming convention
      }
    }
    return bio + "-" + mapped;
  }

  private static String mapType(String type) {
    switch (type) {
      case "PERS":
      case "PER":
        return "PERS";
      case "LOC":
        return "LOC";
      case "ORG":
        return "ORG";
      default:
        return type.startsWith("MIS") ? "MISC" : null;
    }
  }
}
