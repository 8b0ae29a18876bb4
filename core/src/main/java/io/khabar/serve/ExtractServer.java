package io.khabar.serve;

import io.khabar.Extractor;
import io.khabar.event.EventAcceptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP extract service on an embedded Jetty 12 server: {@code POST /v1/extract},
 * {@code POST /v1/extract/batch}, {@code GET /health}, {@code /metrics} and
 * {@code /openapi.json} (see {@link Route} and the README, "HTTP service").
 *
 * <p>It listens at once and loads its one shared, thread-safe {@link Extractor} in the
 * background, so {@code /health} answers 503 until the models are in. Work is bounded by the
 * {@link ServeOptions} limits (a {@link WorkPool}). {@link #close()} stops gracefully: it stops
 * accepting, lets the requests in flight finish (up to the timeout and a little more), then
 * stops the workers.
 */
public final class ExtractServer implements AutoCloseable {

  /** Grace beyond {@code --timeout} for the requests in flight when stopping. */
  private static final long STOP_GRACE_MILLIS = 2_000;
  /** How long a stop waits on idle kept-alive connections (Jetty's default is a second). */
  private static final long STOP_IDLE_MILLIS = 200;

  private final ServeOptions options;
  private final WorkPool pool;
  private final ServeMetrics metrics = new ServeMetrics();
  private final Server server;
  private final ServerConnector connector;
  private final Thread loaderThread;
  private final CountDownLatch loaded = new CountDownLatch(1);
  private volatile ExtractFunction extractor;
  private volatile String failure;
  private final Object stopLock = new Object();
  private boolean stopped;

  /** Starts a server with the bundled models, loaded in the background. */
  public static ExtractServer start(ServeOptions options) {
    return start(options, () -> extractorFor(options));
  }

  /** The bundled extractor with the options' limit and, when asked, the event acceptor. */
  static Extractor extractorFor(ServeOptions options) {
    Extractor.Builder b = Extractor.builder().maxChars(options.maxChars());
    if (options.eventAcceptor()) {
      b.eventAcceptor(EventAcceptor.loadDefault());
    }
    return b.build();
  }

  /** Starts a server whose extractor {@code loader} makes, in the background. */
  public static ExtractServer start(ServeOptions options, Callable<Extractor> loader) {
    Objects.requireNonNull(loader, "loader");
    ExtractServer s = new ExtractServer(options, () -> {
      Extractor x = loader.call();
      return x::extract;
    });
    s.startListening();
    return s;
  }

  /** Not started yet; tests give a stand-in extractor (a slow one, a failing one). */
  ExtractServer(ServeOptions options, Callable<ExtractFunction> loader) {
    this.options = Objects.requireNonNull(options, "options");
    this.pool = new WorkPool(options.threads(), options.queue());
    QueuedThreadPool jettyThreads = new QueuedThreadPool(
        Math.max(32, pool.capacity() + 16), 4);
    jettyThreads.setName("khabar-http");
    jettyThreads.setDaemon(true);
    this.server = new Server(jettyThreads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(options.bind());
    connector.setPort(options.port());
    server.addConnector(connector);
    ExtractHandler.Readiness readiness = new ExtractHandler.Readiness() {
      @Override
      public Optional<ExtractFunction> extractor() {
        return Optional.ofNullable(extractor);
      }

      @Override
      public String failure() {
        return failure;
      }
    };
    GracefulHandler graceful = new GracefulHandler(
        new ExtractHandler(options, readiness, pool, metrics, openApi()));
    // on stop, a kept-alive connection with no request in flight is closed after this long
    graceful.setShutdownIdleTimeout(STOP_IDLE_MILLIS);
    server.setHandler(graceful);
    server.setStopTimeout(options.timeout().toMillis() + STOP_GRACE_MILLIS);
    Thread load = new Thread(() -> load(loader), "khabar-serve-load");
    load.setDaemon(true);
    this.loaderThread = load;
  }

  /** Opens the port and starts loading the extractor. */
  void startListening() {
    try {
      server.start();
    } catch (Exception e) {
      try {
        server.stop(); // the parts that did start (threads, scheduler)
      } catch (Exception ignored) {
        // reported below as the start failure
      }
      pool.close();
      throw new IllegalStateException("cannot listen on " + options.bind() + ":"
          + options.port() + ": " + ExtractHandler.describe(e), e);
    }
    loaderThread.start();
  }

  private void load(Callable<ExtractFunction> loader) {
    try {
      extractor = Objects.requireNonNull(loader.call(), "the loader gave no extractor");
    } catch (Throwable e) {
      failure = ExtractHandler.describe(e);
    } finally {
      loaded.countDown();
    }
  }

  private static byte[] openApi() {
    try (InputStream in = ExtractServer.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The port listened on (the one taken when the options said 0). */
  public int port() {
    return connector.getLocalPort();
  }

  /** {@code http://HOST:PORT}, with 127.0.0.1 for a server bound to every interface. */
  public URI uri() {
    String host = options.bind().equals("0.0.0.0") || options.bind().equals("::")
        ? "127.0.0.1" : options.bind();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port());
  }

  /**
   * Waits for the models; true when they loaded, false when the load failed (see
   * {@link #loadFailure()}).
   *
   * @throws IllegalStateException when they are still loading after {@code limit}
   */
  public boolean awaitLoaded(Duration limit) throws InterruptedException {
    if (!loaded.await(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException("models still loading after " + limit);
    }
    return extractor != null;
  }

  /** Why the models could not be loaded, if they could not. */
  public Optional<String> loadFailure() {
    return Optional.ofNullable(failure);
  }

  /** Blocks until the server has stopped. */
  public void join() throws InterruptedException {
    server.join();
  }

  /** Requests admitted now (running or waiting); for tests. */
  int admitted() {
    return pool.admitted();
  }

  /** Worker threads alive now; for tests. */
  int workerThreads() {
    return pool.workerThreads();
  }

  /**
   * Stops gracefully: no new connections, the requests in flight finish (up to
   * {@code --timeout} and two seconds), then the workers stop. Safe to call more than once and
   * from a shutdown hook.
   */
  @Override
  public void close() {
    synchronized (stopLock) {
      if (stopped) {
        return;
      }
      stopped = true;
    }
    try {
      server.stop();
    } catch (Exception e) {
      // stopping anyway: the workers below are ended whatever Jetty said
    }
    try {
      if (!pool.shutdown(STOP_GRACE_MILLIS)) {
        pool.close();
      }
    } catch (InterruptedException e) {
      pool.close();
      Thread.currentThread().interrupt();
    }
  }
}
