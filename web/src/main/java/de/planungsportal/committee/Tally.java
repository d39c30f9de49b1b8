package de.planungsportal.committee;

/** The votes of a paper's current round so far. */
public record Tally(
    int round, int votingMembers, int yes, int no, int abstentions, int notAnswered) {}
