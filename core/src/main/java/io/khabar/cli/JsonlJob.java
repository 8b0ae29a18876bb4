package io.khabar.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.Extraction;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * One JSONL line {@code {"id": …, "text": …, "published": …}} as one document. {@code id} (string
 * or number) names the document; {@code published} absent or null means the command's
 * {@code --published} (or none); an empty or impossible {@code published} is an error. The line
 * is decoded and parsed on the worker thread.
 */
record JsonlJob(int line, byte[] bytes, LocalDate published, boolean pretty, long inputBytes)
    implements Job {

  /** No string-length limit beyond the reader's line limit: texts may be long. */
  private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(Integer.MAX_VALUE).build())
      .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  @Override
  public Outcome process(ExtractCommand.DocumentExtractor extractor) {
    int from = line == 1 && bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    String json;
    try {
      json = Utf8.decode(bytes, from, bytes.length);
    } catch (Utf8.InvalidUtf8Exception e) {
      return failure(e.getMessage());
    }
    String id = null;
    try {
      JsonNode node = JSON.readTree(json);
      if (node == null || !node.isObject()) {
        return failure("not a JSON object");
      }
      JsonNode idNode = node.get("id");
      if (idNode != null && !idNode.isNull()) {
        if (!idNode.isTextual() && !idNode.isNumber()) {
          return failure("\"id\" is not a string or number");
        }
        id = idNode.asText();
      }
      JsonNode text = node.get("text");
      if (text == null || !text.isTextual()) {
        return error(id, "missing \"text\" string");
      }
      LocalDate date = published;
      JsonNode pub = node.get("published");
      if (pub != null && !pub.isNull()) {
        if (!pub.isTextual()) {
          return error(id, "published is not a date string YYYY-MM-DD: " + pub);
        }
        try {
          date = LocalDate.parse(pub.asText());
        } catch (DateTimeParseException e) {
          return error(id, "published is not a date YYYY-MM-DD: \"" + pub.asText() + "\"");
        }
      }
      Extraction x = extractor.extract(text.asText(), date);
      if (id != null) {
        x = x.withDocument(id);
      }
      return Outcome.of(x, stem(id), pretty, inputBytes);
    } catch (JsonProcessingException e) {
      return failure("malformed JSON: " + e.getOriginalMessage());
    } catch (RuntimeException e) {
      // DocumentTooLargeException and anything the extractor throws: the line's id is known
      return error(id, BatchRunner.describe(e));
    }
  }

  @Override
  public Outcome failure(String message) {
    return error(null, message);
  }

  private Outcome error(String id, String message) {
    return Outcome.error(id, line, stem(id), message, inputBytes);
  }

  private String stem(String id) {
    return id == null || id.isEmpty() ? "line-" + line : id;
  }
}
