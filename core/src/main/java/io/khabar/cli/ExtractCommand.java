package io.khabar.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.Extraction;
import io.khabar.Extractor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code extract [--published YYYY-MM-DD] [--pretty] FILE...} and
 * {@code extract --jsonl IN|-}: extraction JSON, one document per line (or indented with
 * {@code --pretty}). A document that cannot be read becomes an error record
 * {@code {"document": …, "line": …, "error": …}} and the run goes on; the exit code is 1 when any
 * document failed.
 */
final class ExtractCommand {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonFactory FACTORY = new JsonFactory();

  private ExtractCommand() {}

  static int run(String[] args, Supplier<Extractor> extractors, InputStream stdin, PrintWriter out,
      PrintWriter err, String usage) {
    LocalDate published = null;
    String jsonl = null;
    boolean pretty = false;
    List<String> files = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--published":
          if (++i >= args.length) {
            err.println("--published needs a date YYYY-MM-DD");
            return 2;
          }
          try {
            published = LocalDate.parse(args[i]);
          } catch (DateTimeParseException e) {
            err.println("--published: not a date YYYY-MM-DD: " + args[i]);
            return 2;
          }
          break;
        case "--jsonl":
          if (++i >= args.length) {
            err.println("--jsonl needs a file or - for standard input");
            return 2;
          }
          jsonl = args[i];
          break;
        case "--pretty":
          pretty = true;
          break;
        default:
          if (args[i].startsWith("--")) {
            err.println("unknown option: " + args[i]);
            err.println(usage);
            return 2;
          }
          files.add(args[i]);
      }
    }
    if ((jsonl == null) == files.isEmpty()) {
      err.println("give FILE... or --jsonl IN, not both or neither");
      err.println(usage);
      return 2;
    }
    Extractor extractor = extractors.get();
    if (jsonl != null) {
      return jsonl(extractor, jsonl, stdin, out, err, pretty);
    }
    int failed = 0;
    for (String f : files) {
      Path p = Path.of(f);
      String name = p.getFileName() == null ? f : p.getFileName().toString();
      try {
        String text = readUtf8(Files.readAllBytes(p));
        Extraction x = extractor.extract(text, published).withDocument(name);
        out.println(pretty ? x.toPrettyJson() : x.toJson());
      } catch (CharacterCodingException e) {
        failed++;
        out.println(errorRecord(name, -1, "not valid UTF-8"));
      } catch (IOException | RuntimeException e) {
        failed++;
        out.println(errorRecord(name, -1, describe(e)));
      }
      out.flush();
    }
    return failed == 0 ? 0 : 1;
  }

  private static int jsonl(Extractor extractor, String in, InputStream stdin, PrintWriter out,
      PrintWriter err, boolean pretty) {
    int failed = 0;
    int lineNo = 0;
    try (InputStream raw = in.equals("-") ? stdin : Files.newInputStream(Path.of(in));
        BufferedReader reader = new BufferedReader(new InputStreamReader(raw,
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
      for (String line; (line = reader.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String id = null;
        try {
          JsonNode node = JSON.readTree(line);
          if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
          }
          JsonNode idNode = node.get("id");
          id = idNode == null || idNode.isNull() ? null : idNode.asText();
          JsonNode textNode = node.get("text");
          if (textNode == null || !textNode.isTextual()) {
            throw new IllegalArgumentException("missing \"text\" string");
          }
          JsonNode pub = node.get("published");
          LocalDate published = pub == null || pub.isNull() || pub.asText().isEmpty() ? null
              : LocalDate.parse(pub.asText());
          Extraction x = extractor.extract(textNode.asText(), published);
          if (id != null) {
            x = x.withDocument(id);
          }
          out.println(pretty ? x.toPrettyJson() : x.toJson());
        } catch (IOException | RuntimeException e) {
          failed++;
          out.println(errorRecord(id, lineNo, describe(e)));
        }
        out.flush();
      }
    } catch (IOException e) {
      err.println(in + ": cannot read (" + e.getMessage() + ")");
      return 1;
    }
    return failed == 0 ? 0 : 1;
  }

  private static String readUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
  }

  private static String describe(Exception e) {
    if (e instanceof DateTimeParseException d) {
      return "published is not a date YYYY-MM-DD: " + d.getParsedString();
    }
    if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
      return "malformed JSON: " + j.getOriginalMessage();
    }
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  static String errorRecord(String document, int line, String message) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      g.writeStartObject();
      if (document == null) {
        g.writeNullField("document");
      } else {
        g.writeStringField("document", document);
      }
      if (line > 0) {
        g.writeNumberField("line", line);
      }
      g.writeStringField("error", message);
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return w.toString();
  }
}
