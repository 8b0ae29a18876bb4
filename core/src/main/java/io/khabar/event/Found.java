package io.khabar.event;

import io.khabar.event.TriggerLexicon.Trigger;

/**
 * A trigger found in the text: tokens [start, end), the first token's proclitics excluded;
 * {@code reach} is the end of its object for a split verb–object trigger, else {@code end}.
 */
record Found(int start, int end, int stripped, Trigger trigger, int reach) {}
