package de.planungsportal.committee;

import java.time.LocalDate;

/**
 * What the secretariat fills in when preparing a paper: its text, whether it is public, and the
 * procedure (a meeting's agenda, or a written circulation due on a day).
 */
public record PaperDraft(
    String reference,
    String title,
    String resolution,
    boolean publicPaper,
    Paper.Procedure procedure,
    Long meetingId,
    LocalDate circulationDue) {}
