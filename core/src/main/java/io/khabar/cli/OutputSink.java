package io.khabar.cli;

import java.io.Closeable;
import java.io.IOException;

/**
 * Where outcomes go, one document at a time, in input order. Each write is complete before it
 * returns, so that nothing written is lost when a later document fails. An {@link IOException}
 * stops the run. {@link #close()} ends a run that went through (it may be what publishes the
 * output), {@link #abandon()} one that did not.
 */
interface OutputSink extends Closeable {

  void write(Outcome outcome) throws IOException;

  /**
   * The run stopped before its end (the input broke off, the output failed, the process is
   * being stopped): an output that replaces a previous one is dropped rather than published.
   * Called instead of {@link #close()}, possibly from a shutdown hook.
   */
  default void abandon() {}
}
