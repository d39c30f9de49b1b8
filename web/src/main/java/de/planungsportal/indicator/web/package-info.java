/**
 * The indicator screens: catalogue, one indicator's values, trend and comparison, the CSV import.
 */
package de.planungsportal.indicator.web;
