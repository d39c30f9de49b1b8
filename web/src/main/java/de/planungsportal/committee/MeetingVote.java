package de.planungsportal.committee;

/** A meeting's vote on a paper as the secretariat records it from the minutes. */
public record MeetingVote(
    int yes,
    int no,
    int abstentions,
    int present,
    boolean deferred,
    String amendment,
    String reasons) {}
