/**
 * Surveys of pupils and parents: waves, questions, one-time access codes and anonymous responses.
 */
package de.planungsportal.survey;
