package de.planungsportal.committee;

import java.time.LocalDate;

/** A new seat as the secretariat enters it; {@code validTo} null: open-ended. */
public record MembershipInput(
    Long accountId, Membership.Role role, LocalDate validFrom, LocalDate validTo) {}
