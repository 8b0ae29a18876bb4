/**
 * The HTTP extract service behind {@code java -jar khabar-cli.jar serve}: an embedded Jetty 12
 * server ({@link io.khabar.serve.ExtractServer}) answering the extraction JSON contract over
 * {@code POST /v1/extract} and {@code POST /v1/extract/batch}, with {@code /health},
 * {@code /metrics} and {@code /openapi.json}.
 *
 * <p>Jetty is an optional dependency of khabar-core: this package is the only one that uses it,
 * and a library user who does not start a server needs none on the class path.
 */
package io.khabar.serve;
