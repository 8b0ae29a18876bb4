package io.khabar.serve;

import io.khabar.DocumentTooLargeException;
import io.khabar.Extraction;
import io.khabar.cli.ByteLineReader;
import io.khabar.cli.WordCount;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The routes of {@link Route}, answered in the blocking style: the Jetty thread reads the body,
 * waits for its document's extraction on a worker of the {@link WorkPool}, and writes the
 * answer. Jetty threads waiting so are bounded by the pool's admission; the rest are answered at
 * once. Every answer is counted in the {@link ServeMetrics}.
 */
final class ExtractHandler extends Handler.Abstract {

  private static final String JSON = "application/json; charset=utf-8";
  private static final String JSONL = "application/x-ndjson; charset=utf-8";
  private static final String PROMETHEUS = "text/plain; version=0.0.4; charset=utf-8";
  /** Seconds a client should wait before trying again when every place is taken. */
  static final int RETRY_AFTER_BUSY = 1;
  /** Seconds a client should wait before trying again while the models load. */
  static final int RETRY_AFTER_LOADING = 2;

  private final ServeOptions options;
  private final Readiness readiness;
  private final WorkPool pool;
  private final ServeMetrics metrics;
  private final DocumentReader reader;
  private final byte[] openApi;

  /** The extractor once loaded, or why it is not. */
  interface Readiness {
    /** The extractor, or empty while loading or after a failed load. */
    Optional<ExtractFunction> extractor();

    /** Why the load failed, or null (loading or ready). */
    String failure();
  }

  ExtractHandler(ServeOptions options, Readiness readiness, WorkPool pool, ServeMetrics metrics,
      byte[] openApi) {
    this.options = options;
    this.readiness = readiness;
    this.pool = pool;
    this.metrics = metrics;
    this.reader = new DocumentReader(options.maxChars());
    this.openApi = openApi;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    long t0 = System.nanoTime();
    Optional<Route> route = Route.of(Request.getPathInContext(request));
    String label = route.map(r -> r.path).orElse("other");
    int status;
    try {
      if (route.isEmpty()) {
        status = send(response, callback, 404, JSON, Json.error(404, "no such route"));
      } else if (!route.get().method.equals(request.getMethod())) {
        response.getHeaders().put(HttpHeader.ALLOW, route.get().method);
        status = send(response, callback, 405, JSON,
            Json.error(405, "use " + route.get().method + " for " + route.get().path));
      } else {
        status = switch (route.get()) {
          case EXTRACT -> extract(request, response, callback, t0);
          case BATCH -> batch(request, response, callback);
          case HEALTH -> health(response, callback);
          case METRICS -> send(response, callback, 200, PROMETHEUS, metrics.scrape(
              readiness.extractor().isPresent(), pool::admitted, pool::waiting));
          case OPENAPI -> send(response, callback, 200, JSON, openApi);
        };
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      status = 500;
      callback.failed(e);
    } catch (Throwable e) {
      status = 500;
      if (!response.isCommitted()) {
        status = send(response, callback, 500, JSON, Json.error(500, describe(e)));
      } else {
        callback.failed(e);
      }
    }
    metrics.request(label, status, System.nanoTime() - t0);
    return true;
  }

  private int extract(Request request, Response response, Callback callback, long t0)
      throws IOException, InterruptedException {
    Optional<ExtractFunction> extractor = readiness.extractor();
    if (extractor.isEmpty()) {
      return notReady(response, callback);
    }
    Document doc;
    try {
      doc = read(request);
    } catch (HttpError e) {
      return send(response, callback, e.status, JSON, Json.error(e.status, e.getMessage()));
    }
    Optional<WorkPool.Ticket> ticket = pool.admit();
    if (ticket.isEmpty()) {
      return busy(response, callback);
    }
    try (WorkPool.Ticket t = ticket.get()) {
      String json = extractOne(t, extractor.get(), doc, t0 + options.timeout().toNanos());
      return send(response, callback, 200, JSON, json);
    } catch (HttpError e) {
      return send(response, callback, e.status, JSON, Json.error(e.status, e.getMessage()));
    }
  }

  /** The document's extraction JSON, counted; a failure as the status it answers. */
  private String extractOne(WorkPool.Ticket ticket, ExtractFunction extractor, Document doc,
      long deadline) throws HttpError, InterruptedException {
    Extraction x;
    try {
      x = ticket.run(() -> extractor.extract(doc.text(), doc.published()), deadline);
    } catch (TimeoutException e) {
      throw new HttpError(504, "extraction took longer than the timeout of "
          + options.timeout().toMillis() + " ms (--timeout)");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof DocumentTooLargeException) {
        throw new HttpError(413, cause.getMessage());
      }
      throw new HttpError(500, "extraction failed: " + describe(cause));
    }
    if (doc.id() != null) {
      x = x.withDocument(doc.id());
    }
    metrics.extracted(WordCount.of(x.text()));
    return x.toJson();
  }

  private Document read(Request request) throws IOException, HttpError {
    long max = reader.maxBodyBytes();
    if (request.getLength() > max) {
      throw new HttpError(413, "body of " + request.getLength() + " bytes is longer than "
          + options.maxChars() + " chars (--max-chars) can take");
    }
    byte[] body;
    try (InputStream in = Request.asInputStream(request)) {
      body = in.readNBytes((int) max + 1);
    }
    if (body.length > max) {
      throw new HttpError(413, "body is longer than " + options.maxChars()
          + " chars (--max-chars) can take");
    }
    String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    if (type != null && type.regionMatches(true, 0, "text/plain", 0, 10)) {
      Fields query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
      return reader.plain(body, query.getValue("published"), query.getValue("id"));
    }
    return reader.json(body, 0, body.length);
  }

  /**
   * Streams the batch: each non-blank input line becomes one output line, in order, as soon as
   * it is done; the batch holds one place in the pool and extracts its lines one after another,
   * each with the full timeout. Errors of a line are error objects in its place.
   */
  private int batch(Request request, Response response, Callback callback)
      throws IOException, InterruptedException {
    Optional<ExtractFunction> extractor = readiness.extractor();
    if (extractor.isEmpty()) {
      return notReady(response, callback);
    }
    Optional<WorkPool.Ticket> ticket = pool.admit();
    if (ticket.isEmpty()) {
      return busy(response, callback);
    }
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSONL);
    int maxLineBytes = (int) reader.maxBodyBytes();
    try (WorkPool.Ticket t = ticket.get();
        InputStream in = Request.asInputStream(request);
        OutputStream out = Content.Sink.asOutputStream(response)) {
      ByteLineReader lines = new ByteLineReader(in, maxLineBytes);
      while (lines.next()) {
        if (lines.isBlank()) {
          continue;
        }
        // one write per answer line: the stream is unbuffered, each write is one chunk
        out.write((batchLine(t, extractor.get(), lines) + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
    }
    callback.succeeded();
    return 200;
  }

  private String batchLine(WorkPool.Ticket ticket, ExtractFunction extractor, ByteLineReader lines)
      throws InterruptedException {
    Document doc = null;
    try {
      if (lines.tooLong()) {
        throw new HttpError(413, "line of more than " + reader.maxBodyBytes() + " bytes is"
            + " longer than " + options.maxChars() + " chars (--max-chars) can take");
      }
      byte[] line = lines.bytes();
      doc = reader.json(line, 0, line.length);
      return extractOne(ticket, extractor, doc,
          System.nanoTime() + options.timeout().toNanos());
    } catch (HttpError e) {
      metrics.error(Route.BATCH.path, e.status);
      return Json.lineError(doc != null ? doc.id() : e.document, lines.lineNumber(), e.status,
          e.getMessage());
    }
  }

  private int health(Response response, Callback callback) {
    if (readiness.extractor().isPresent()) {
      return send(response, callback, 200, JSON, Json.health("ready", null));
    }
    String failure = readiness.failure();
    if (failure == null) {
      response.getHeaders().put(HttpHeader.RETRY_AFTER, RETRY_AFTER_LOADING);
    }
    return send(response, callback, 503, JSON,
        Json.health(failure == null ? "loading" : "failed", failure));
  }

  private int notReady(Response response, Callback callback) {
    String failure = readiness.failure();
    if (failure == null) {
      response.getHeaders().put(HttpHeader.RETRY_AFTER, RETRY_AFTER_LOADING);
    }
    return send(response, callback, 503, JSON, Json.error(503, failure == null
        ? "the models are loading" : "the models could not be loaded: " + failure));
  }

  private int busy(Response response, Callback callback) {
    response.getHeaders().put(HttpHeader.RETRY_AFTER, RETRY_AFTER_BUSY);
    return send(response, callback, 503, JSON, Json.error(503, "busy: " + pool.capacity()
        + " requests (--threads + --queue) are running or waiting"));
  }

  private static int send(Response response, Callback callback, int status, String type,
      String body) {
    return send(response, callback, status, type, body.getBytes(StandardCharsets.UTF_8));
  }

  private static int send(Response response, Callback callback, int status, String type,
      byte[] body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.write(true, ByteBuffer.wrap(body), callback);
    return status;
  }

  static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
