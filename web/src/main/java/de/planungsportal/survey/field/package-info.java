/**
 * The wave after both approvals (survey-wave.bpmn from Task_GenerateCodes on): codes per class and
 * their code sheets, the release to the school contacts, the field phase between its timers with
 * reminders, response rates per school and class, the parents' consent slips counted per class, and
 * the close. Plain codes exist only in the transient process variable of one transaction and in the
 * code sheets, which are deleted when the field closes.
 */
package de.planungsportal.survey.field;
