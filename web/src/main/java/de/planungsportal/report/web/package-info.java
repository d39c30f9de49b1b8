/** The education reports page of a planning cycle. */
package de.planungsportal.report.web;
