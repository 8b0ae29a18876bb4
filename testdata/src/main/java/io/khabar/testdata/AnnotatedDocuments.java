package io.khabar.testdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads annotated documents: our own articles from the classpath ({@code docs/index.txt} lists
 * them, because a jar cannot be listed) and the shared gold set from a directory, joined with
 * its corpus texts. Extra gold fields ({@code modality}, {@code action}, {@code form},
 * {@code type} of a timex) are read when present and defaulted otherwise.
 */
public final class AnnotatedDocuments {
  /** Classpath folder of our own documents. */
  public static final String RESOURCE_DIR = "/io/khabar/testdata/docs/";

  private static final ObjectMapper JSON = new ObjectMapper();

  private AnnotatedDocuments() {}

  /** Our own annotated articles, in index order. */
  public static List<AnnotatedDocument> load() {
    List<AnnotatedDocument> docs = new ArrayList<>();
    for (String line : readResource("index.txt").split("\n")) {
      String name = line.strip();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      docs.add(parse(name, readResource(name + ".txt"), readResource(name + ".json")));
    }
    return List.copyOf(docs);
  }

  /**
   * The gold files {@code goldDir/*.json}, in name order, each joined with the text named by its
   * {@code document} field, found anywhere under {@code corpusDir}.
   */
  public static List<AnnotatedDocument> loadGoldDir(Path goldDir, Path corpusDir) {
    List<AnnotatedDocument> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(goldDir)) {
      for (Path gold : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
        String json = Files.readString(gold, StandardCharsets.UTF_8);
        String document = JSON.readTree(json).path("document").asText();
        Path text = findFile(corpusDir, document)
            .orElseThrow(() -> new IOException("no " + document + " under " + corpusDir));
        String stem = gold.getFileName().toString().replaceFirst("\\.json$", "");
        docs.add(parse(stem, Files.readString(text, StandardCharsets.UTF_8), json));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(docs);
  }

  /** The shared data folder: system property {@code khabar.shared}, else {@code ../shared}. */
  public static Path sharedDir() {
    return SharedData.root();
  }

  /** Parses one gold JSON document for the given text. */
  public static AnnotatedDocument parse(String name, String text, String goldJson) {
    JsonNode root;
    try {
      root = JSON.readTree(goldJson);
    } catch (IOException e) {
      throw new IllegalArgumentException(name + ": bad gold JSON: " + e.getMessage(), e);
    }
    List<GoldEntity> entities = new ArrayList<>();
    for (JsonNode e : root.path("entities")) {
      entities.add(new GoldEntity(
          e.path("key").asText(), e.path("type").asText(), e.path("canonical").asText(),
          strings(e.path("aliases")), e.path("optional").asBoolean(false)));
    }
    List<GoldTimex> timexes = new ArrayList<>();
    for (JsonNode t : root.path("timexes")) {
      timexes.add(new GoldTimex(
          t.path("text").asText(), strings(t.path("value")), t.path("type").asText("DATE"),
          optionalText(t.path("form")), optionalText(t.path("end"))));
    }
    List<GoldEvent> events = new ArrayList<>();
    for (JsonNode v : root.path("events")) {
      events.add(new GoldEvent(
          v.path("type").asText(), strings(v.path("participants")), strings(v.path("date")),
          optionalText(v.path("place")), v.path("evidence").asText(""),
          v.path("modality").asText("ASSERTED"), optionalText(v.path("action")),
          v.path("optional").asBoolean(false)));
    }
    return new AnnotatedDocument(
        name, text, LocalDate.parse(root.path("published").asText()), entities, timexes, events);
  }

  /** A string, an array of strings, or null/missing (empty list). */
  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> {
        if (!n.isNull()) {
          out.add(n.asText());
        }
      });
    } else if (node.isTextual()) {
      out.add(node.asText());
    }
    return out;
  }

  private static Optional<String> optionalText(JsonNode node) {
    return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
  }

  private static Optional<Path> findFile(Path dir, String fileName) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.getFileName().toString().equals(fileName)).sorted().findFirst();
    }
  }

  private static String readResource(String name) {
    try (InputStream in = AnnotatedDocuments.class.getResourceAsStream(RESOURCE_DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE_DIR + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
