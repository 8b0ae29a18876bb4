package io.khabar.testdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The real-news event set: gold annotations of ANT corpus articles, committed by id in
 * {@code news/} (see its README), joined with their texts read from
 * {@code ../shared/data/news_ant/ant-news.jsonl.gz}. The texts are never copied into the
 * repository; without the shared folder {@link #load} returns an empty list.
 */
public final class NewsSet {
  /** Classpath folder of the annotations. */
  public static final String RESOURCE_DIR = "/io/khabar/testdata/news/";
  /** The corpus, relative to the shared folder. */
  public static final String CORPUS = "data/news_ant/ant-news.jsonl.gz";

  private static final ObjectMapper JSON = new ObjectMapper();

  private NewsSet() {}

  /** One line of {@code index.tsv}. */
  public record Entry(String id, String split, String outlet, String section) {}

  /** An annotated article: the gold as parsed and as raw JSON, with its text. */
  public record Article(Entry entry, AnnotatedDocument document, String goldJson) {}

  /** The index, in file order. */
  public static List<Entry> index() {
    List<Entry> out = new ArrayList<>();
    for (String line : readResource("index.tsv").split("\n")) {
      String[] cols = line.strip().split("\t");
      if (cols.length < 4 || cols[0].startsWith("#")) {
        continue;
      }
      out.add(new Entry(cols[0], cols[1], cols[2], cols[3]));
    }
    return List.copyOf(out);
  }

  /** The raw gold JSON of one article. */
  public static String goldJson(String id) {
    return readResource(id + ".json");
  }

  /**
   * The articles of {@code split} ({@code dev} or {@code test}) in index order, with their
   * texts from the shared corpus under {@code shared}; empty when the corpus is absent.
   */
  public static List<Article> load(String split, Path shared) {
    Path corpus = shared.resolve(CORPUS);
    if (!Files.exists(corpus)) {
      return List.of();
    }
    List<Entry> entries = index().stream().filter(e -> e.split().equals(split)).toList();
    Set<String> ids = new HashSet<>();
    entries.forEach(e -> ids.add(e.id()));
    Map<String, JsonNode> articles = corpusArticles(corpus, ids);
    List<Article> out = new ArrayList<>();
    for (Entry e : entries) {
      String text = Optional.ofNullable(articles.get(e.id()))
          .map(a -> a.path("text").asText())
          .orElseThrow(() -> new IllegalStateException("no article " + e.id() + " in " + corpus));
      String gold = goldJson(e.id());
      out.add(new Article(e, AnnotatedDocuments.parse(e.id(), text, gold), gold));
    }
    return List.copyOf(out);
  }

  /**
   * The articles of {@code ids} in an ANT corpus file (gzipped, one JSON object a line, {@code
   * id} first), by id: {@code text}, {@code published} and the other fields as the corpus has
   * them. Ids not in the file are absent from the map.
   */
  public static Map<String, JsonNode> corpusArticles(Path corpus, Set<String> ids) {
    Map<String, JsonNode> out = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(corpus), 1 << 16), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null && out.size() < ids.size(); ) {
        String head = line.substring(0, Math.min(line.length(), 200));
        if (ids.stream().noneMatch(id -> head.contains("\"" + id + "\""))) {
          continue; // only the lines we want are parsed
        }
        JsonNode node = JSON.readTree(line);
        String id = node.path("id").asText();
        if (ids.contains(id)) {
          out.put(id, node);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static String readResource(String name) {
    try (InputStream in = NewsSet.class.getResourceAsStream(RESOURCE_DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE_DIR + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
