package io.khabar.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads a request's document: a JSON object {@code {"text", "published", "id"}} (the same fields
 * as a line of {@code extract --jsonl}) or a UTF-8 plain text with {@code published} and
 * {@code id} given apart. Malformed JSON, a missing text, an id that is neither string nor
 * number, or a date that is not a real {@code YYYY-MM-DD} day is a 400; a text over
 * {@code maxChars} a 413.
 */
final class DocumentReader {

  /** No string-length limit here: the body was already bounded in bytes. */
  private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(Integer.MAX_VALUE).build())
      .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final int maxChars;

  DocumentReader(int maxChars) {
    this.maxChars = maxChars;
  }

  /**
   * The most bytes a request of one document may take: a JSON string may escape a char in six
   * bytes ({@code \\uXXXX}), with room for the other fields.
   */
  long maxBodyBytes() {
    return Math.min(Integer.MAX_VALUE - 16, 6L * maxChars + (1 << 16));
  }

  Document json(byte[] body, int from, int to) throws HttpError {
    String text = utf8(body, from, to);
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new HttpError(400, "malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new HttpError(400, "not a JSON object");
    }
    String id = null;
    JsonNode idNode = node.get("id");
    if (idNode != null && !idNode.isNull()) {
      if (!idNode.isTextual() && !idNode.isNumber()) {
        throw new HttpError(400, "\"id\" is not a string or number");
      }
      id = idNode.asText();
    }
    JsonNode textNode = node.get("text");
    if (textNode == null || !textNode.isTextual()) {
      throw new HttpError(400, "missing \"text\" string", id);
    }
    LocalDate published = null;
    JsonNode pub = node.get("published");
    if (pub != null && !pub.isNull()) {
      if (!pub.isTextual()) {
        throw new HttpError(400, "\"published\" is not a date string YYYY-MM-DD: " + pub, id);
      }
      published = date(pub.asText(), id);
    }
    return checked(new Document(id, textNode.asText(), published));
  }

  /** A plain-text body; {@code published} and {@code id} may be null. */
  Document plain(byte[] body, String published, String id) throws HttpError {
    LocalDate date = published == null ? null : date(published, id);
    return checked(new Document(id, utf8(body, 0, body.length), date));
  }

  private Document checked(Document d) throws HttpError {
    if (d.text().length() > maxChars) {
      throw new HttpError(413, "text of " + d.text().length() + " chars is longer than the"
          + " maximum of " + maxChars + " (--max-chars)", d.id());
    }
    return d;
  }

  private static LocalDate date(String s, String id) throws HttpError {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new HttpError(400, "\"published\" is not a date YYYY-MM-DD: \"" + s + "\"", id);
    }
  }

  private static String utf8(byte[] bytes, int from, int to) throws HttpError {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
    } catch (CharacterCodingException e) {
      throw new HttpError(400, "the body is not valid UTF-8");
    }
  }
}
