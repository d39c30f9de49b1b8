package de.planungsportal.committee;

import java.time.LocalDateTime;

/** A meeting as the secretariat enters it; {@code id} null for a new one. */
public record MeetingInput(
    Long id, String name, LocalDateTime startsAt, String place, Meeting.State state) {}
