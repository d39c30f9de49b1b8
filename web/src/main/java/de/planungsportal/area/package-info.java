/** Organisations (tenants) and their reference data: departments, areas, schools, committees. */
package de.planungsportal.area;
