/**
 * khabar: entities, time expressions and typed, dated events from Arabic news text.
 *
 * <p>Add {@code io.khabar:khabar-core} to your build; the default models come with it (from
 * {@code io.khabar:khabar-models}), nothing else is needed:
 *
 * <pre>{@code
 * Extractor extractor = Extractor.createDefault();   // once: loads the bundled models; thread-safe
 * Extraction x = extractor.extract(text, LocalDate.of(2026, 1, 29));   // the publication date
 * x.entities();   // people, places, organisations, each with all its mentions
 * x.events();     // MEETING, VISIT, SANCTIONS ... with participants, place and date
 * x.toJson();     // the output contract, one line
 * }</pre>
 *
 * <p>Every offset is a UTF-16 index into the text given, end exclusive:
 * {@code text.substring(start, end)} is the reported text.
 *
 * <p>Logging goes through the SLF4J API only. khabar ships no binding: add the one your
 * application uses (e.g. {@code slf4j-simple}, {@code logback-classic}); without one SLF4J prints
 * a one-time notice and drops the messages. The library never writes to standard output or
 * standard error itself.
 *
 * <h2>Packages</h2>
 * <ul>
 *   <li>{@code io.khabar}: {@link io.khabar.Extractor} and its result {@link io.khabar.Extraction}.
 *   <li>{@link io.khabar.event}: the typed events and their arguments.
 *   <li>{@link io.khabar.ner}: entities and mentions.
 *   <li>{@link io.khabar.time}: time expressions and their TIMEX3 values.
 *   <li>{@link io.khabar.kb}: the knowledge base of people, places and organisations.
 *   <li>{@link io.khabar.text}, {@link io.khabar.token}: normalisation, tokens and clitics.
 *   <li>{@code io.khabar.cli}: the command line ({@code khabar-cli.jar}), not an API.
 * </ul>
 */
package io.khabar;
