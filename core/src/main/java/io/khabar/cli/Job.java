package io.khabar.cli;

/**
 * One document of a batch, made by a {@link DocumentSource} in input order. {@link #process}
 * runs on a worker thread: it reads or decodes the document there (so that reading, decoding and
 * extraction all run in parallel) and turns every expected failure into an error record.
 */
interface Job {

  Outcome process(ExtractCommand.DocumentExtractor extractor);

  /** The error record in this document's place when {@link #process} failed unexpectedly. */
  Outcome failure(String message);
}
