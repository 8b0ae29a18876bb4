package io.khabar.serve;

/** A request the service answers with an error status and {@code {"error", "status"}}. */
final class HttpError extends Exception {
  private static final long serialVersionUID = 1L;

  final int status;
  /** The document's id when it was read before the error, else null. */
  final String document;

  HttpError(int status, String message) {
    this(status, message, null);
  }

  HttpError(int status, String message, String document) {
    super(message, null, false, false);
    this.status = status;
    this.document = document;
  }
}
