/** Database schema ownership: Flyway migrations for the application and the Camunda engine. */
package de.planungsportal.db;
