package io.khabar.event;

/** An entity occurrence: token range [start, end) and the entity's index in the layer. */
record Occurrence(int start, int end, int entity) {}
