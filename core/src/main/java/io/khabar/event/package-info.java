/**
 * Typed events: {@link io.khabar.event.Event}, one record per {@link io.khabar.event.EventType},
 * each with an {@link io.khabar.event.EventCore}.
 *
 * <p>An event names its participants ({@link io.khabar.event.Participant}: an entity id and a
 * {@link io.khabar.event.ParticipantRole}) and its place by the ids of entities of the same
 * {@link io.khabar.Extraction}, and its date by a TIMEX3 value with the id of the time expression
 * it came from. {@link io.khabar.event.Modality} tells reported from planned events; a negated
 * event ("لم يلتق") is not reported.
 */
package io.khabar.event;
