package io.khabar.testdata.wojood;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.primitives.ImmutableIntArray;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Wojood nested-NER sample format: one token per line followed by up to four
 * space-separated BIO tags (one per nesting level, in no fixed order), {@code $#$} or a blank
 * line ending a sentence.
 *
 * <p>Sentences are rebuilt as their tokens joined by single spaces; every entity is reported
 * with char offsets into that text. Entities of one type are read per type: B-T opens one,
 * I-T continues the open one, a token without T closes it (same-type nesting, which the corpus
 * almost never has, collapses into the outer entity).
 */
public final class WojoodReader {

  private WojoodReader() {}

  /**
   * {@code <shared>/data/wojood_sample/<split>.txt}, where {@code <shared>} is the system
   * property {@code khabar.shared}, else {@code ../shared}. The corpus is never copied here.
   */
  public static Path samplePath(String split) {
    String shared = System.getProperty("khabar.shared");
    Path root = Path.of(shared != null && !shared.isBlank() ? shared : "../shared");
    return root.resolve("data").resolve("wojood_sample").resolve(split + ".txt");
  }

  /** One annotated entity: {@code text.substring(start, end)} of its sentence. */
  public record Entity(String type, int start, int end, String text) {}

  /** A sentence: the space-joined text, its tokens, their start offsets, and all entities. */
  public record Sentence(String text, ImmutableList<String> tokens, ImmutableIntArray tokenStarts,
      ImmutableList<Entity> entities) {

    public ImmutableList<Entity> entities(String... types) {
      ImmutableSet<String> wanted = ImmutableSet.copyOf(types);
      return entities.stream().filter(e -> wanted.contains(e.type()))
          .collect(ImmutableList.toImmutableList());
    }
  }

  public static ImmutableList<Sentence> read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r);
    }
  }

  public static ImmutableList<Sentence> read(Reader reader) throws IOException {
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    ImmutableList.Builder<Sentence> out = ImmutableList.builder();
    List<String[]> rows = new ArrayList<>();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("$#$")) {
        flush(rows, out);
        continue;
      }
      rows.add(trimmed.split("\\s+"));
    }
    flush(rows, out);
    return out.build();
  }

  private static void flush(List<String[]> rows, ImmutableList.Builder<Sentence> out) {
    if (rows.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    int n = rows.size();
    int[] starts = new int[n];
    int[] ends = new int[n];
    ImmutableList.Builder<String> tokens = ImmutableList.builder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        text.append(' ');
      }
      starts[i] = text.length();
      text.append(rows.get(i)[0]);
      ends[i] = text.length();
      tokens.add(rows.get(i)[0]);
    }
    String s = text.toString();
    List<Entity> entities = new ArrayList<>();
    Map<String, Integer> open = new HashMap<>();
    for (int i = 0; i <= n; i++) {
      java.util.Set<String> begins = new java.util.HashSet<>();
      java.util.Set<String> insides = new java.util.HashSet<>();
      if (i < n) {
        String[] row = rows.get(i);
        for (int k = 1; k < row.length; k++) {
          String tag = row[k];
          if (tag.startsWith("B-")) {
            begins.add(tag.substring(2));
          } else if (tag.startsWith("I-")) {
            insides.add(tag.substring(2));
          }
        }
      }
      for (String type : List.copyOf(open.keySet())) {
        if (begins.contains(type) || !insides.contains(type)) {
          int from = open.remove(type);
          entities.add(new Entity(type, starts[from], ends[i - 1], s.substring(starts[from], ends[i - 1])));
        }
      }
      for (String type : begins) {
        open.put(type, i);
      }
    }
    entities.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
        : Integer.compare(a.end(), b.end()));
    out.add(new Sentence(s, tokens.build(), ImmutableIntArray.copyOf(starts),
        ImmutableList.copyOf(entities)));
    rows.clear();
  }
}
