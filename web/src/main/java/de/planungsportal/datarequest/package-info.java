/**
 * Data requests to institutions: a planner asks schools and day-care centres (both in the register
 * of table school, see SchoolType.KITA) for figures in a form (fields with units, plausibility
 * ranges and sum rules) with a due date; data-request.bpmn offers each institution's contacts a
 * task, reminds and escalates on timers and hands each answer to the planner, who accepts it (its
 * figures become indicator values) or returns it with a reason.
 */
package de.planungsportal.datarequest;
