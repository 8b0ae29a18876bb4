package io.khabar.serve;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The {@code serve} command's settings: where to listen and the limits that keep the service
 * bounded under any load (see {@link #USAGE}).
 *
 * @param bind the address to listen on ({@code 0.0.0.0}: every interface)
 * @param port the TCP port; 0 takes a free one
 * @param threads documents extracted at once
 * @param queue admitted requests that may wait for a thread; past threads + queue: 503
 * @param maxChars the longest text accepted, in UTF-16 chars; longer: 413
 * @param timeout the longest a request may take, waiting included; longer: 504
 * @param eventAcceptor whether the learned event acceptor drops the events it finds unlikely
 *     (off by default, as in the library: fewer wrong events and fewer right ones)
 */
public record ServeOptions(String bind, int port, int threads, int queue, int maxChars,
    Duration timeout, boolean eventAcceptor) {

  /** One news article is some thousands of chars; a million leaves room and bounds the heap. */
  public static final int DEFAULT_MAX_CHARS = 1_000_000;
  public static final int DEFAULT_QUEUE = 32;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  /** The command line's usage lines for {@code serve} (this class loads no server code). */
  public static final String USAGE = String.join(System.lineSeparator(),
      "  serve [OPTIONS] an HTTP extract service: POST /v1/extract, POST /v1/extract/batch,",
      "                  GET /health, /metrics, /openapi.json (README, \"HTTP service\")",
      "                  --port N          TCP port (default 8080; 0: any free port)",
      "                  --bind ADDR       address to listen on (default 0.0.0.0, every interface)",
      "                  --threads N       documents extracted at once (default: the cores)",
      "                  --queue N         requests that may wait for a thread (default "
          + DEFAULT_QUEUE + "); past it 503",
      "                  --max-chars N     longest text accepted (default " + DEFAULT_MAX_CHARS
          + "); past it 413",
      "                  --timeout D       longest a request may take (default 30s; 500ms, 2m,"
          + " PT1M); past it 504",
      "                  --event-acceptor  drop the events a learned judge finds unlikely (off by"
          + " default)");

  public ServeOptions {
    if (bind == null || bind.isBlank()) {
      throw new IllegalArgumentException("--bind: an address is needed");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port: not a port: " + port);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1: " + threads);
    }
    if (queue < 0) {
      throw new IllegalArgumentException("--queue must be 0 or more: " + queue);
    }
    if (maxChars < 1) {
      throw new IllegalArgumentException("--max-chars must be at least 1: " + maxChars);
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("--timeout must be positive: " + timeout);
    }
  }

  /** The defaults: every interface, port 8080, one thread per core. */
  public static ServeOptions defaults() {
    return new ServeOptions("0.0.0.0", 8080, Runtime.getRuntime().availableProcessors(),
        DEFAULT_QUEUE, DEFAULT_MAX_CHARS, DEFAULT_TIMEOUT, false);
  }

  public ServeOptions withPort(int newPort) {
    return new ServeOptions(bind, newPort, threads, queue, maxChars, timeout, eventAcceptor);
  }

  public ServeOptions withBind(String newBind) {
    return new ServeOptions(newBind, port, threads, queue, maxChars, timeout, eventAcceptor);
  }

  public ServeOptions withThreads(int n) {
    return new ServeOptions(bind, port, n, queue, maxChars, timeout, eventAcceptor);
  }

  public ServeOptions withQueue(int n) {
    return new ServeOptions(bind, port, threads, n, maxChars, timeout, eventAcceptor);
  }

  public ServeOptions withMaxChars(int n) {
    return new ServeOptions(bind, port, threads, queue, n, timeout, eventAcceptor);
  }

  public ServeOptions withTimeout(Duration d) {
    return new ServeOptions(bind, port, threads, queue, maxChars, d, eventAcceptor);
  }

  public ServeOptions withEventAcceptor(boolean on) {
    return new ServeOptions(bind, port, threads, queue, maxChars, timeout, on);
  }

  /**
   * Parses {@code args} ({@code args[0]} is {@code serve}).
   *
   * @throws IllegalArgumentException with a message for the user on a bad option
   */
  static ServeOptions parse(String[] args) {
    ServeOptions o = defaults();
    for (int i = 1; i < args.length; i++) {
      String name = args[i];
      if (name.equals("--event-acceptor")) {
        o = o.withEventAcceptor(true);
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(name.startsWith("--")
            ? name + ": a value is needed" : "unexpected argument: " + name);
      }
      String value = args[++i];
      o = switch (name) {
        case "--port" -> o.withPort(integer(name, value));
        case "--bind" -> o.withBind(value);
        case "--threads" -> o.withThreads(integer(name, value));
        case "--queue" -> o.withQueue(integer(name, value));
        case "--max-chars" -> o.withMaxChars(integer(name, value));
        case "--timeout" -> o.withTimeout(duration(name, value));
        default -> throw new IllegalArgumentException("unknown option: " + name);
      };
    }
    return o;
  }

  private static int integer(String name, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": not a number: " + value);
    }
  }

  /** {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h}, or ISO-8601 ({@code PT30S}). */
  static Duration duration(String name, String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    try {
      if (v.startsWith("pt") || v.startsWith("p")) {
        return Duration.parse(value.strip());
      }
      if (v.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
      }
      long n = Long.parseLong(v.substring(0, v.length() - 1));
      switch (v.charAt(v.length() - 1)) {
        case 's':
          return Duration.ofSeconds(n);
        case 'm':
          return Duration.ofMinutes(n);
        case 'h':
          return Duration.ofHours(n);
        default:
          break;
      }
    } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
      // fall through to the message below
    }
    throw new IllegalArgumentException(name + ": not a duration (e.g. 30s, 500ms, 2m): " + value);
  }
}
