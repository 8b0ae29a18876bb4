package io.khabar.cli;

import io.khabar.Extractor;

/**
 * One document of a batch, made by a {@link DocumentSource} in input order. {@link #process}
 * runs on a worker thread: it reads or decodes the document there (so that reading, decoding and
 * extraction all run in parallel) and turns every expected failure into an error record.
 */
interface Job {

  Outcome process(Extractor extractor);

  /** The error record in this document's place when {@link #process} failed unexpectedly. */
  Outcome failure(String message);
}
