/**
 * The work plan as documents to pass on: a PDF to read and file, a spreadsheet to sort and filter.
 * Only versions that were submitted are exported, so a document always shows a text someone decided
 * on, never a draft that may still change.
 */
package de.planungsportal.planning.export;
