/** Java-based Flyway migrations (those that read scripts shipped by libraries). */
package de.planungsportal.db.migration;
