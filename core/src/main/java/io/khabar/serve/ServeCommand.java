package io.khabar.serve;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * {@code serve}: runs the {@link ExtractServer} until the process is told to stop. SIGTERM (or
 * Ctrl-C) runs a shutdown hook that stops the server gracefully, finishing the requests in
 * flight. Exit codes: 0 stopped, 1 the port could not be opened or the models not loaded,
 * 2 bad arguments.
 */
public final class ServeCommand {

  private ServeCommand() {}

  /** Runs {@code args} ({@code args[0]} is {@code serve}); returns when the server has stopped. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, String usage) {
    ServeOptions options;
    try {
      options = ServeOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(usage);
      return 2;
    }
    long t0 = System.nanoTime();
    ExtractServer server;
    try {
      server = ExtractServer.start(options);
    } catch (IllegalStateException e) {
      err.println(e.getMessage());
      return 1;
    }
    Thread hook = new Thread(server::close, "khabar-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    err.printf("khabar serve: listening on %s:%d (%d threads, queue %d, max %d chars,"
        + " timeout %d ms%s); loading the models%n", options.bind(), server.port(),
        options.threads(), options.queue(), options.maxChars(), options.timeout().toMillis(),
        options.eventAcceptor() ? ", event acceptor on" : "");
    try {
      if (!server.awaitLoaded(Duration.ofMinutes(10))) {
        err.println("khabar serve: cannot load the models: " + server.loadFailure().orElse("?"));
        server.close();
        return 1;
      }
      err.printf("khabar serve: ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);
      server.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.close();
    } catch (IllegalStateException e) {
      err.println("khabar serve: " + e.getMessage());
      server.close();
      return 1;
    }
    err.println("khabar serve: stopped");
    return 0;
  }
}
