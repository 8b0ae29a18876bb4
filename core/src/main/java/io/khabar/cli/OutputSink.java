package io.khabar.cli;

import java.io.Closeable;
import java.io.IOException;

/**
 * Where outcomes go, one document at a time, in input order. Each write is complete and flushed
 * before it returns, so that nothing written is lost when a later document fails or the run is
 * stopped. An {@link IOException} stops the run.
 */
interface OutputSink extends Closeable {

  void write(Outcome outcome) throws IOException;
}
