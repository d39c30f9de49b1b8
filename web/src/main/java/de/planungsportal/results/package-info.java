/**
 * Survey results: aggregates of a wave's responses per question, broken down by school, area, grade
 * band and language, compared over waves, with small groups and every figure that would reveal one
 * suppressed; free-text screening, release and exports.
 */
package de.planungsportal.results;
