package io.khabar.event;

import java.util.Set;

/**
 * The agents of the last event read from a verb, with where its trigger ends: a verbal noun
 * that the verb governs through a preposition (اتفقتا … على استئناف العلاقات) shares them, and so
 * does a coordinated verb with no subject of its own.
 */
record Governor(int sentence, int triggerEnd, Set<Integer> agents, Event event) {}
