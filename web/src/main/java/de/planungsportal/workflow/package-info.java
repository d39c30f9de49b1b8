/** The embedded Camunda engine: start-up, CDI integration, task queries. */
package de.planungsportal.workflow;
