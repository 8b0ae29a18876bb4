package io.khabar.cli;

import java.io.IOException;
import java.util.OptionalLong;

/** The documents of a batch, handed out one at a time in input order. */
interface DocumentSource {

  /** Receives the jobs; blocks while the batch has enough documents in flight. */
  @FunctionalInterface
  interface JobSink {
    void accept(Job job) throws InterruptedException;
  }

  /**
   * Hands every document to {@code sink}, in order. An {@link IOException} means the input
   * itself broke off (a JSONL stream that cannot be read further); a single unreadable document
   * is a job whose outcome is an error record instead.
   */
  void forEach(JobSink sink) throws IOException, InterruptedException;

  /** How many documents, when known before reading them. */
  OptionalLong documents();

  /** How many input bytes, when known: the progress fraction of a JSONL file. */
  OptionalLong bytes();
}
