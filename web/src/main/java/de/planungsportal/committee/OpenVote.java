package de.planungsportal.committee;

import java.time.LocalDateTime;

/** A written circulation waiting for the member's vote. */
public record OpenVote(
    long paperId, String reference, String title, String committee, LocalDateTime due) {}
