/** The JSON API: resources, and how failures are reported to API callers. */
package de.planungsportal.api;
