package io.khabar.testdata.ud;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads CoNLL-U treebanks (Universal Dependencies): sentences with their {@code # sent_id} and
 * {@code # text} comments and their syntactic words (ID, FORM, LEMMA, UPOS, and whether MISC
 * says {@code SpaceAfter=No}). Multiword-token range lines ({@code 1-2}) and empty nodes
 * ({@code 1.1}) are skipped: UD Arabic PUD writes clitics as separate words joined by
 * {@code SpaceAfter=No} instead.
 */
public final class ConlluReader {

  /** One syntactic word. */
  public record Word(int id, String form, String lemma, String upos, boolean spaceAfter) {
    public Word {
      Objects.requireNonNull(form, "form");
      Objects.requireNonNull(lemma, "lemma");
      Objects.requireNonNull(upos, "upos");
    }
  }

  /** One sentence: id and text from the comments ("" when absent) and its words. */
  public record Sentence(String id, String text, ImmutableList<Word> words) {
    public Sentence {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(words, "words");
    }
  }

  private ConlluReader() {}

  public static ImmutableList<Sentence> read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r);
    }
  }

  public static ImmutableList<Sentence> read(Reader reader) throws IOException {
    BufferedReader r = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    ImmutableList.Builder<Sentence> out = ImmutableList.builder();
    String id = "";
    String text = "";
    List<Word> words = new ArrayList<>();
    int lineNo = 0;
    for (String line; (line = r.readLine()) != null; ) {
      lineNo++;
      if (line.isBlank()) {
        if (!words.isEmpty()) {
          out.add(new Sentence(id, text, ImmutableList.copyOf(words)));
        }
        id = "";
        text = "";
        words.clear();
        continue;
      }
      if (line.startsWith("#")) {
        String c = line.substring(1).strip();
        if (c.startsWith("sent_id =")) {
          id = c.substring("sent_id =".length()).strip();
        } else if (c.startsWith("text =")) {
          text = c.substring("text =".length()).strip();
        }
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 10) {
        throw new IOException("line " + lineNo + ": expected 10 tab-separated fields");
      }
      if (f[0].indexOf('-') >= 0 || f[0].indexOf('.') >= 0) {
        continue;
      }
      int wid;
      try {
        wid = Integer.parseInt(f[0]);
      } catch (NumberFormatException e) {
        throw new IOException("line " + lineNo + ": bad word id " + f[0], e);
      }
      boolean spaceAfter = true;
      for (String m : f[9].split("\\|")) {
        if (m.equals("SpaceAfter=No")) {
          spaceAfter = false;
        }
      }
      words.add(new Word(wid, f[1], f[2], f[3], spaceAfter));
    }
    if (!words.isEmpty()) {
      out.add(new Sentence(id, text, ImmutableList.copyOf(words)));
    }
    return out.build();
  }
}
