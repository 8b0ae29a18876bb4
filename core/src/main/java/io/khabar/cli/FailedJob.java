package io.khabar.cli;


/** A document already known to fail (an unreadable directory entry, an over-long JSONL line). */
record FailedJob(String document, int line, String stem, String message, long inputBytes)
    implements Job {

  @Override
  public Outcome process(ExtractCommand.DocumentExtractor extractor) {
    return failure(message);
  }

  @Override
  public Outcome failure(String why) {
    return Outcome.error(document, line, stem, why, inputBytes);
  }
}
