package io.khabar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.Extraction;
import io.khabar.Extractor;
import io.khabar.event.EventAcceptor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The service through a real HTTP client on 127.0.0.1 and an ephemeral port: every status it
 * answers, the contract byte for byte, batches streamed, metrics, the OpenAPI description, and
 * a graceful stop. Stand-in extractors (slow, failing, never loading) are injected through the
 * package-private constructor.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ExtractServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate PUBLISHED = LocalDate.of(2026, 1, 29);

  /** Sentences written for these tests, in the style of news wires. */
  static final String[] ARTICLES = {
      "التقى الرئيس السوري أحمد الشرع أمس وزير الخارجية التركي هاكان فيدان في دمشق.",
      "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة لاستضافة جولة جديدة من المحادثات.",
      "وصل الوفد المصري إلى الدوحة صباح الخميس لبحث وقف إطلاق النار في غزة.",
      "اتصل الرئيس الفرنسي إيمانويل ماكرون هاتفيا بولي العهد السعودي محمد بن سلمان يوم الاثنين.",
      "زار الأمين العام للأمم المتحدة أنطونيو غوتيريش بيروت الأسبوع الماضي والتقى رئيس الحكومة.",
      "وقعت الإمارات والهند اتفاقية تجارية جديدة في أبوظبي، وقال وزير التجارة إنها تفتح الأسواق.",
      "فرضت الولايات المتحدة عقوبات جديدة على شركات إيرانية متهمة بتهريب النفط إلى الصين.",
      "أعلن الجيش الإسرائيلي انسحاب قواته من بلدتين في جنوب لبنان بعد اتفاق وقف إطلاق النار.",
  };

  private static Extractor real;

  private static synchronized Extractor real() {
    if (real == null) {
      real = Extractor.createDefault();
    }
    return real;
  }

  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private final List<ExtractServer> servers = new ArrayList<>();

  @AfterEach
  void stopServers() {
    servers.forEach(ExtractServer::close);
  }

  private static ServeOptions options() {
    return ServeOptions.defaults().withBind("127.0.0.1").withPort(0).withThreads(2)
        .withQueue(4).withTimeout(Duration.ofSeconds(20));
  }

  private ExtractServer start(ServeOptions o, Callable<ExtractFunction> loader)
      throws InterruptedException {
    ExtractServer s = new ExtractServer(o, loader);
    servers.add(s);
    s.startListening();
    return s;
  }

  private ExtractServer started(ServeOptions o, ExtractFunction f) throws InterruptedException {
    ExtractServer s = start(o, () -> f);
    assertTrue(s.awaitLoaded(Duration.ofSeconds(30)));
    return s;
  }

  private static ExtractFunction empty() {
    return (text, published) -> Extraction.empty(text, Optional.ofNullable(published));
  }

  /** A stand-in that waits at a gate, telling when it has started. */
  private static final class Gate implements ExtractFunction {
    final CountDownLatch open = new CountDownLatch(1);
    final CountDownLatch entered = new CountDownLatch(1);
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public Extraction extract(String text, LocalDate published) {
      calls.incrementAndGet();
      entered.countDown();
      try {
        open.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Extraction.empty(text, Optional.ofNullable(published));
    }
  }

  private HttpResponse<String> post(ExtractServer s, String path, String contentType, String body)
      throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(s.uri().resolve(path))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> postJson(ExtractServer s, String body)
      throws IOException, InterruptedException {
    return post(s, "/v1/extract", "application/json", body);
  }

  private CompletableFuture<HttpResponse<String>> postJsonAsync(ExtractServer s, String body) {
    return client.sendAsync(HttpRequest.newBuilder(s.uri().resolve("/v1/extract"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(ExtractServer s, String path)
      throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(s.uri().resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String doc(String id, String text, String published) {
    var node = JSON.createObjectNode().put("id", id).put("text", text);
    if (published != null) {
      node.put("published", published);
    }
    return node.toString();
  }

  private static void assertError(HttpResponse<String> r, int status) throws IOException {
    assertEquals(status, r.statusCode(), r.body());
    JsonNode body = JSON.readTree(r.body());
    assertEquals(status, body.get("status").asInt(), r.body());
    assertTrue(body.get("error").isTextual() && !body.get("error").asText().isBlank(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
  }

  @Test
  void jsonDocumentGetsTheContractOfTheLibrary() throws Exception {
    ExtractServer s = started(options(), real()::extract);
    HttpResponse<String> r = postJson(s, doc("wire-1", ARTICLES[0], "2026-01-29"));
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(real().extract(ARTICLES[0], PUBLISHED).withDocument("wire-1").toJson(), r.body());
    assertTrue(JSON.readTree(r.body()).get("entities").size() > 0);
  }

  @Test
  void eventAcceptorOptionServesTheLibraryWithItsAcceptor() throws Exception {
    ExtractServer s = ExtractServer.start(options().withEventAcceptor(true));
    servers.add(s);
    assertTrue(s.awaitLoaded(Duration.ofSeconds(60)));
    Extractor judged = Extractor.builder().eventAcceptor(EventAcceptor.loadDefault()).build();
    List<String> texts = new ArrayList<>(List.of(ARTICLES));
    // an expulsion without its expelled state's name, and a strike by unnamed aircraft on a city
    // (its only participant a place): events the acceptor finds unlikely, the first under the
    // acceptor of stop 19, the second under stop 20's
    texts.add("وقررت موسكو نهاية مارس طرد عشرات الدبلوماسيين من نحو عشرين دولة.");
    texts.add("وقصفت الطائرات الحربية مدينة حلب شمالي سوريا.");
    boolean anyDropped = false;
    for (String text : texts) {
      HttpResponse<String> r = postJson(s, doc("wire-a", text, "2026-01-29"));
      assertEquals(200, r.statusCode(), r.body());
      assertEquals(judged.extract(text, PUBLISHED).withDocument("wire-a").toJson(), r.body());
      anyDropped |= !real().extract(text, PUBLISHED).withDocument("wire-a").toJson()
          .equals(r.body());
    }
    assertTrue(anyDropped, "the served extractor judged no event differently from the default");
  }

  @Test
  void plainTextTakesPublishedAndIdFromTheQuery() throws Exception {
    ExtractServer s = started(options(), real()::extract);
    HttpResponse<String> r = post(s, "/v1/extract?published=2026-01-29&id=wire-2",
        "text/plain; charset=utf-8", ARTICLES[2]);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(real().extract(ARTICLES[2], PUBLISHED).withDocument("wire-2").toJson(), r.body());
  }

  @Test
  void malformedJsonIsBadRequest() throws Exception {
    ExtractServer s = started(options(), empty());
    assertError(postJson(s, "{\"text\": \"قال الوزير"), 400);
    assertError(postJson(s, "[\"قال الوزير\"]"), 400);
  }

  @Test
  void missingTextIsBadRequest() throws Exception {
    ExtractServer s = started(options(), empty());
    assertError(postJson(s, "{\"id\": \"a\", \"published\": \"2026-01-29\"}"), 400);
    assertError(postJson(s, "{\"text\": 42}"), 400);
  }

  @Test
  void impossibleDateIsBadRequest() throws Exception {
    ExtractServer s = started(options(), empty());
    assertError(postJson(s, doc("a", ARTICLES[1], "2026-02-30")), 400);
    assertError(post(s, "/v1/extract?published=29-01-2026", "text/plain", ARTICLES[1]), 400);
  }

  @Test
  void textOverMaxCharsIsTooLarge() throws Exception {
    ExtractServer s = started(options().withMaxChars(100), empty());
    String longText = (ARTICLES[0] + " ").repeat(3);
    assertError(postJson(s, doc("long", longText, null)), 413);
    assertError(post(s, "/v1/extract", "text/plain", longText), 413);
    assertEquals(200, postJson(s, doc("short", ARTICLES[2], null)).statusCode());
  }

  @Test
  void bodyFarOverTheLimitIsTooLargeUnread() throws Exception {
    ExtractServer s = started(options().withMaxChars(10), empty());
    // more bytes than any JSON of 10 chars can take (6 bytes a char and 64 KiB of fields)
    String huge = "و".repeat(200_000);
    HttpResponse<String> r;
    try {
      r = postJson(s, doc("huge", huge, null));
    } catch (IOException e) {
      return; // the server may close the connection before the client has sent it all
    }
    assertError(r, 413);
  }

  @Test
  void extractorFailureIsServerError() throws Exception {
    ExtractServer s = started(options(), (text, date) -> {
      throw new IllegalStateException("a broken model");
    });
    HttpResponse<String> r = postJson(s, doc("a", ARTICLES[0], null));
    assertError(r, 500);
    assertTrue(r.body().contains("a broken model"));
  }

  @Test
  void pastThreadsAndQueueTheServiceIsBusyWithRetryAfter() throws Exception {
    Gate gate = new Gate();
    ExtractServer s = started(options().withThreads(1).withQueue(1), gate);
    CompletableFuture<HttpResponse<String>> running = postJsonAsync(s, doc("1", ARTICLES[0], null));
    assertTrue(gate.entered.await(10, TimeUnit.SECONDS));
    CompletableFuture<HttpResponse<String>> queued = postJsonAsync(s, doc("2", ARTICLES[1], null));
    waitFor(() -> s.admitted() == 2);
    HttpResponse<String> third = postJson(s, doc("3", ARTICLES[2], null));
    assertError(third, 503);
    assertEquals("1", third.headers().firstValue("Retry-After").orElse(null));
    gate.open.countDown();
    assertEquals(200, running.get(10, TimeUnit.SECONDS).statusCode());
    assertEquals(200, queued.get(10, TimeUnit.SECONDS).statusCode());
    // a place is freed once its response is written, which the client may see a moment earlier
    waitFor(() -> s.admitted() == 0);
    assertEquals(200, postJson(s, doc("4", ARTICLES[3], null)).statusCode());
  }

  @Test
  void requestOverTheTimeoutIsGatewayTimeoutAndItsPlaceIsFreed() throws Exception {
    Gate gate = new Gate();
    ExtractServer s = started(options().withThreads(1).withQueue(1)
        .withTimeout(Duration.ofMillis(300)), gate);
    CompletableFuture<HttpResponse<String>> running = postJsonAsync(s, doc("1", ARTICLES[0], null));
    assertTrue(gate.entered.await(10, TimeUnit.SECONDS));
    // queued behind the stuck one: abandoned unstarted when its time is up
    HttpResponse<String> queued = postJson(s, doc("2", ARTICLES[1], null));
    assertError(queued, 504);
    assertError(running.get(10, TimeUnit.SECONDS), 504);
    assertEquals(1, gate.calls.get(), "the abandoned queued request never ran");
    gate.open.countDown();
    // the running one finishes on its worker and frees its place: a new request gets through
    waitFor(() -> s.admitted() == 0);
    assertEquals(200, postJson(s, doc("3", ARTICLES[2], null)).statusCode());
    assertEquals(1, s.workerThreads(), "no thread beyond --threads");
  }

  @Test
  void healthIsUnavailableUntilTheModelsAreLoaded() throws Exception {
    CountDownLatch load = new CountDownLatch(1);
    ExtractServer s = start(options(), () -> {
      load.await();
      return empty();
    });
    HttpResponse<String> loading = get(s, "/health");
    assertEquals(503, loading.statusCode());
    assertEquals("loading", JSON.readTree(loading.body()).get("status").asText());
    assertTrue(loading.headers().firstValue("Retry-After").isPresent());
    HttpResponse<String> early = postJson(s, doc("a", ARTICLES[0], null));
    assertError(early, 503);
    assertTrue(early.headers().firstValue("Retry-After").isPresent());
    load.countDown();
    assertTrue(s.awaitLoaded(Duration.ofSeconds(10)));
    HttpResponse<String> ready = get(s, "/health");
    assertEquals(200, ready.statusCode());
    assertEquals("ready", JSON.readTree(ready.body()).get("status").asText());
    assertEquals(200, postJson(s, doc("a", ARTICLES[0], null)).statusCode());
  }

  @Test
  void failedLoadIsReportedAndNeverReady() throws Exception {
    ExtractServer s = start(options(), () -> {
      throw new IllegalStateException("no model file");
    });
    assertFalse(s.awaitLoaded(Duration.ofSeconds(10)));
    HttpResponse<String> health = get(s, "/health");
    assertEquals(503, health.statusCode());
    assertEquals("failed", JSON.readTree(health.body()).get("status").asText());
    assertTrue(health.body().contains("no model file"));
    assertError(postJson(s, doc("a", ARTICLES[0], null)), 503);
  }

  @Test
  void unknownRouteIsNotFoundAndWrongMethodNotAllowed() throws Exception {
    ExtractServer s = started(options(), empty());
    assertError(get(s, "/v2/extract"), 404);
    HttpResponse<String> r = get(s, "/v1/extract");
    assertError(r, 405);
    assertEquals("POST", r.headers().firstValue("Allow").orElse(null));
  }

  @Test
  void concurrentRequestsEqualSerialExtractionByteForByte() throws Exception {
    ExtractServer s = started(options().withThreads(2).withQueue(64), real()::extract);
    int n = 48;
    List<String> expected = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String text = ARTICLES[i % ARTICLES.length] + "\n" + ARTICLES[(i * 3 + 1) % ARTICLES.length];
      LocalDate date = PUBLISHED.plusDays(i % 5);
      bodies.add(doc("d" + i, text, date.toString()));
      expected.add(real().extract(text, date).withDocument("d" + i).toJson());
    }
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (String body : bodies) {
        answers.add(clients.submit(() -> postJson(s, body)));
      }
      for (int i = 0; i < n; i++) {
        HttpResponse<String> r = answers.get(i).get(30, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(expected.get(i), r.body(), "document d" + i);
      }
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void batchAnswersOneLinePerInputLineWithErrorsInPlace() throws Exception {
    ExtractServer s = started(options().withMaxChars(200), real()::extract);
    String input = String.join("\n",
        doc("b1", ARTICLES[0], "2026-01-29"),
        "{\"id\": \"b2\", \"text\": ",
        "",
        doc("b3", ARTICLES[1], "2026-13-01"),
        doc("b4", (ARTICLES[3] + " ").repeat(3), null),
        "{\"id\": \"b5\"}",
        doc("b6", ARTICLES[4], "2026-01-29")) + "\n";
    HttpResponse<String> r = post(s, "/v1/extract/batch", "application/x-ndjson", input);
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson"));
    String[] lines = r.body().split("\n");
    assertEquals(6, lines.length, r.body());
    assertEquals(real().extract(ARTICLES[0], PUBLISHED).withDocument("b1").toJson(), lines[0]);
    assertLineError(lines[1], null, 2, 400);
    assertLineError(lines[2], "b3", 4, 400);
    assertLineError(lines[3], "b4", 5, 413);
    assertLineError(lines[4], "b5", 6, 400);
    assertEquals(real().extract(ARTICLES[4], PUBLISHED).withDocument("b6").toJson(), lines[5]);
  }

  private static void assertLineError(String line, String document, int number, int status)
      throws IOException {
    JsonNode e = JSON.readTree(line);
    assertEquals(document, e.get("document").isNull() ? null : e.get("document").asText(), line);
    assertEquals(number, e.get("line").asInt(), line);
    assertEquals(status, e.get("status").asInt(), line);
    assertTrue(e.get("error").asText().length() > 0, line);
  }

  /**
   * Over a socket speaking HTTP/1.1 with a chunked request body: java.net.http reads an answer
   * only once it has sent the whole request, so it cannot show an answer line arriving while
   * the request is still open.
   */
  @Test
  void batchStreamsEachAnswerBeforeTheNextLineIsSent() throws Exception {
    ExtractServer s = started(options(), real()::extract);
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), s.port())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      write(out, "POST /v1/extract/batch HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Content-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n");
      writeChunk(out, doc("s1", ARTICLES[5], "2026-01-29") + "\n");
      BufferedReader in = new BufferedReader(
          new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("HTTP/1.1 200 OK", in.readLine());
      String header;
      while (!(header = in.readLine()).isEmpty()) {
        assertFalse(header.toLowerCase(java.util.Locale.ROOT).startsWith("content-length"));
      }
      // the first answer arrives while the request is still open
      assertEquals(real().extract(ARTICLES[5], PUBLISHED).withDocument("s1").toJson(),
          nextChunkLine(in));
      writeChunk(out, doc("s2", ARTICLES[6], "2026-01-29") + "\n");
      assertEquals(real().extract(ARTICLES[6], PUBLISHED).withDocument("s2").toJson(),
          nextChunkLine(in));
      write(out, "0\r\n\r\n");
      in.readLine(); // the chunk size of the end
      assertEquals("0", in.readLine().strip());
    }
  }

  private static void writeChunk(OutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    write(out, Integer.toHexString(b.length) + "\r\n");
    out.write(b);
    write(out, "\r\n");
  }

  /** Skips a chunk-size line and returns the answer line after it. */
  private static String nextChunkLine(BufferedReader in) throws IOException {
    String size;
    do {
      size = in.readLine();
    } while (size != null && size.isEmpty());
    Integer.parseInt(size.strip(), 16);
    return in.readLine();
  }

  private static void write(OutputStream out, String s) throws IOException {
    out.write(s.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  @Test
  void metricsCountRequestsErrorsLatencyAndWords() throws Exception {
    ExtractServer s = started(options(), real()::extract);
    String before = get(s, "/metrics").body();
    assertEquals(200, postJson(s, doc("m1", ARTICLES[0], null)).statusCode());
    assertEquals(400, postJson(s, "{").statusCode());
    HttpResponse<String> after = get(s, "/metrics");
    assertEquals(200, after.statusCode());
    assertTrue(after.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    String m = after.body();
    String ok = "khabar_http_requests_total{route=\"/v1/extract\",status=\"200\"}";
    String bad = "khabar_http_requests_total{route=\"/v1/extract\",status=\"400\"}";
    assertEquals(value(before, ok) + 1, value(m, ok), m);
    assertEquals(value(before, bad) + 1, value(m, bad), m);
    assertEquals(value(before, "khabar_errors_total{route=\"/v1/extract\",status=\"400\"}") + 1,
        value(m, "khabar_errors_total{route=\"/v1/extract\",status=\"400\"}"));
    assertEquals(value(before, "khabar_words_processed_total")
        + io.khabar.cli.WordCount.of(ARTICLES[0]), value(m, "khabar_words_processed_total"));
    String count = "khabar_http_request_duration_seconds_count{route=\"/v1/extract\"}";
    assertEquals(value(before, count) + 2, value(m, count));
    assertEquals(value(m, count),
        value(m, "khabar_http_request_duration_seconds_bucket{route=\"/v1/extract\",le=\"+Inf\"}"));
    assertEquals(1, value(m, "khabar_ready"));
    for (String line : m.split("\n")) {
      assertTrue(line.startsWith("# HELP ") || line.startsWith("# TYPE ")
          || line.matches("[a-z_]+(\\{[^}]*\\})? [0-9.eE+-]+"), "exposition line: " + line);
    }
  }

  /** The sample's value, 0 when the series is absent. */
  private static long value(String exposition, String series) {
    Matcher m = Pattern.compile("^" + Pattern.quote(series) + " ([0-9.]+)$", Pattern.MULTILINE)
        .matcher(exposition);
    return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
  }

  @Test
  void openApiDescribesExactlyTheRoutesAndStatusesServed() throws Exception {
    ExtractServer s = started(options(), empty());
    HttpResponse<String> r = get(s, "/openapi.json");
    assertEquals(200, r.statusCode());
    JsonNode api = JSON.readTree(r.body());
    assertEquals("3.1.0", api.get("openapi").asText());
    List<String> described = new ArrayList<>();
    api.get("paths").properties().forEach(path -> path.getValue().properties()
        .forEach(op -> op.getValue().get("responses").fieldNames()
            .forEachRemaining(status -> described.add(
                op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey() + " "
                    + status))));
    List<String> served = new ArrayList<>();
    for (Route route : Route.values()) {
      for (int status : route.statuses) {
        served.add(route.method + " " + route.path + " " + status);
      }
    }
    described.sort(null);
    served.sort(null);
    assertEquals(served, described);
  }

  @Test
  void stopFinishesTheRequestsInFlightAndRefusesNewOnes() throws Exception {
    Gate gate = new Gate();
    ExtractServer s = started(options(), gate);
    URI uri = s.uri();
    CompletableFuture<HttpResponse<String>> inFlight = postJsonAsync(s, doc("1", ARTICLES[0], null));
    assertTrue(gate.entered.await(10, TimeUnit.SECONDS));
    Thread stopping = new Thread(s::close);
    stopping.start();
    Thread.sleep(200); // the stop has begun and waits for the request in flight
    assertTrue(stopping.isAlive());
    gate.open.countDown();
    HttpResponse<String> r = inFlight.get(10, TimeUnit.SECONDS);
    assertEquals(200, r.statusCode(), r.body());
    stopping.join(10_000);
    assertFalse(stopping.isAlive());
    assertThrows(IOException.class, () -> client.send(
        HttpRequest.newBuilder(uri.resolve("/health")).GET().build(),
        HttpResponse.BodyHandlers.ofString()));
  }

  private static void waitFor(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met in 10 s");
      }
      Thread.sleep(10);
    }
  }
}
