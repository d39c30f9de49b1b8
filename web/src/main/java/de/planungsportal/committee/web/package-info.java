/**
 * Screens of committee approval that the process leads to: preparing a paper, a member's vote in a
 * written circulation, recording a meeting's vote, the chair's signature, and a member's own votes.
 */
package de.planungsportal.committee.web;
