package io.khabar.serve;

/** A request the service answers with an error status and {@code {"error", "status"}}. */
final class HttpError extends Exception {
  private static final long serialVersionUID = 1L;

  final int status;

  HttpError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }
}
