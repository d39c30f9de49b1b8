/**
 * The public OParl 1.1 read API under {@code /oparl/v1.1}: the system, one body per organisation
 * and the committees of each body as organizations. Anonymous, read-only, without personal data.
 * Lists of objects the portal does not hold yet (persons, meetings, papers …) are served truthfully
 * empty.
 */
package de.planungsportal.oparl;
