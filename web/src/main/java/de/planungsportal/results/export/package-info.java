/**
 * A wave's results as files to take home: the aggregated, suppressed figures as CSV, XLSX and a PDF
 * report with charts for everyone {@code ResultAccess.mayRead} lets in, and the raw responses (one
 * row per response, no codes, no drafts) as CSV and XLSX for the wave's planners only. Raw files
 * are streamed from a database cursor straight into the response, so a wave of any size exports in
 * constant memory; every text that a spreadsheet would run as a formula is neutralised.
 */
package de.planungsportal.results.export;
