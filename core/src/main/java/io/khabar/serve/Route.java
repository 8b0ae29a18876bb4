package io.khabar.serve;

import java.util.List;
import java.util.Optional;

/**
 * The service's routes with every status each can answer; {@code /openapi.json} describes
 * exactly these (a test holds the two together). An unknown path is 404 and a known path with
 * another method 405, for every route alike, so those two are not listed per route.
 */
enum Route {
  /** One document: JSON {@code {"text", "published", "id"}} or {@code text/plain}. */
  EXTRACT("POST", "/v1/extract", List.of(200, 400, 413, 500, 503, 504)),
  /** JSONL in, JSONL out, streamed; a bad line is an error object in its place. */
  BATCH("POST", "/v1/extract/batch", List.of(200, 503)),
  HEALTH("GET", "/health", List.of(200, 503)),
  METRICS("GET", "/metrics", List.of(200)),
  OPENAPI("GET", "/openapi.json", List.of(200));

  final String method;
  final String path;
  final List<Integer> statuses;

  Route(String method, String path, List<Integer> statuses) {
    this.method = method;
    this.path = path;
    this.statuses = statuses;
  }

  static Optional<Route> of(String path) {
    for (Route r : values()) {
      if (r.path.equals(path)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
