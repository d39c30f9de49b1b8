/** The database module's place in the application's start-up: migration before anything else. */
package de.planungsportal.database;
