package io.khabar.train;

import io.khabar.text.ArabicNormalizer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the word-frequency lexicon behind {@code io.khabar.token.StemLexicon}: matching forms
 * (via {@link ArabicNormalizer}) of the tokens of ANERcorp train, the AQMAR articles and the
 * Wojood sample train split, counted, written as a gzipped {@code form<TAB>count} TSV sorted by
 * descending count, with a properties sidecar. PUD (the segmentation test set) and ANERcorp test
 * are never read.
 *
 * <p>Tokens are the first whitespace-separated field of each line; leading and trailing
 * non-letters are trimmed ("للانقسام؛" counts as للانقسام); a token is kept when what remains
 * is two or more Arabic letters (U+0621–U+064A).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.khabar.train.BuildStemLexicon \
 *   --shared ../shared --out models/src/main/resources/io/khabar/models/lexicon/ar-word-counts.tsv.gz</pre>
 */
public final class BuildStemLexicon {

  private BuildStemLexicon() {}

  public static void main(String[] args) throws IOException {
    String shared = System.getProperty("khabar.shared", "../shared");
    String out = "models/src/main/resources/io/khabar/models/lexicon/ar-word-counts.tsv.gz";
    int minCount = 1;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--shared" -> shared = args[++i];
        case "--out" -> out = args[++i];
        case "--min-count" -> minCount = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; usage: BuildStemLexicon [--shared DIR] [--out FILE.tsv.gz] [--min-count N]");
      }
    }
    Path data = Paths.get(shared, "data");
    List<Path> sources = new ArrayList<>();
    sources.add(data.resolve("anercorp/train.txt"));
    try (Stream<Path> s = Files.list(data.resolve("aqmar/articles"))) {
      s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(sources::add);
    }
    sources.add(data.resolve("wojood_sample/train.txt"));

    Map<String, int[]> counts = new HashMap<>();
    long tokens = 0;
    long kept = 0;
    ArabicNormalizer norm = ArabicNormalizer.get();
    for (Path p : sources) {
      for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
        String t = line.strip();
        if (t.isEmpty()) {
          continue;
        }
        int sp = indexOfWhitespace(t);
        String token = sp < 0 ? t : t.substring(0, sp);
        tokens++;
        String f = arabicCore(norm.matchingForm(token));
        if (f != null) {
          counts.computeIfAbsent(f, k -> new int[1])[0]++;
          kept++;
        }
      }
    }
    List<Map.Entry<String, int[]>> entries = new ArrayList<>(counts.entrySet());
    final int min = minCount;
    entries.removeIf(e -> e.getValue()[0] < min);
    entries.sort((a, b) -> a.getValue()[0] != b.getValue()[0]
        ? Integer.compare(b.getValue()[0], a.getValue()[0]) : a.getKey().compareTo(b.getKey()));

    Path outPath = Paths.get(out);
    Files.createDirectories(outPath.toAbsolutePath().getParent());
    try (Writer w = new BufferedWriter(new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(outPath)), StandardCharsets.UTF_8))) {
      for (Map.Entry<String, int[]> e : entries) {
        w.write(e.getKey());
        w.write('\t');
        w.write(Integer.toString(e.getValue()[0]));
        w.write('\n');
      }
    }
    String name = outPath.getFileName().toString();
    Path sidecar = outPath.resolveSibling(name.replaceAll("\\.tsv(\\.gz)?$", "") + ".properties");
    StringBuilder sb = new StringBuilder();
    sb.append("# Word-frequency lexicon for io.khabar.token.StemLexicon (clitic segmentation evidence)\n");
    sb.append("resource=").append(name).append('\n');
    sb.append("format=UTF-8 gzipped TSV, matching form (io.khabar.text.ArabicNormalizer) <TAB> count,"
        + " sorted by descending count\n");
    sb.append("sources=ANERcorp train.txt (CAMeL split; CC BY-SA 4.0, Benajiba et al. 2007, Obeid et al. 2020);"
        + " AQMAR Arabic Wikipedia NER articles/*.txt (CC BY-SA 3.0, Mohit et al. 2012);"
        + " Wojood public sample train.txt (MIT)\n");
    sb.append("excluded=UD Arabic PUD (segmentation test set), ANERcorp test.txt\n");
    sb.append("licence=CC BY-SA 4.0 (derived from CC BY-SA 4.0/3.0 and MIT sources; attribute the above)\n");
    sb.append("token_rule=first field of each line; trim non-letters at both ends; keep >= 2 Arabic letters\n");
    sb.append("build=java -cp benchmarks/target/benchmarks.jar io.khabar.train.BuildStemLexicon"
        + " --shared ../shared --out ").append(out).append(" --min-count ").append(minCount).append('\n');
    sb.append("source_files=").append(sources.size()).append('\n');
    sb.append("tokens_read=").append(tokens).append('\n');
    sb.append("tokens_kept=").append(kept).append('\n');
    sb.append("forms=").append(entries.size()).append('\n');
    sb.append("min_count=").append(minCount).append('\n');
    Files.writeString(sidecar, sb.toString(), StandardCharsets.UTF_8);
    System.out.printf("read %d tokens, kept %d, wrote %d forms to %s (+ %s)%n",
        tokens, kept, entries.size(), outPath, sidecar.getFileName());
  }

  private static int indexOfWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The form with non-letters trimmed at both ends, if two or more Arabic letters; else null. */
  static String arabicCore(String f) {
    int s = 0;
    int e = f.length();
    while (s < e && !isArabicLetter(f.charAt(s))) {
      s++;
    }
    while (e > s && !isArabicLetter(f.charAt(e - 1))) {
      e--;
    }
    if (e - s < 2) {
      return null;
    }
    for (int i = s; i < e; i++) {
      if (!isArabicLetter(f.charAt(i))) {
        return null;
      }
    }
    return f.substring(s, e);
  }

  private static boolean isArabicLetter(char c) {
    return c >= '\u0621' && c <= '\u064A';
  }
}
