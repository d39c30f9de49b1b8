/** Planning cycles, work plans, goals and measures. */
package de.planungsportal.planning;
