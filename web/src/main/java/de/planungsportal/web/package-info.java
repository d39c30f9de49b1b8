/** Shared web concerns: layout preferences, error handling, HTTP hardening. */
package de.planungsportal.web;
