/**
 * The public OParl 1.1 read API under {@code /oparl/v1.1}: the system, one body per organisation,
 * its committees as organizations, the committee members as persons with their memberships,
 * meetings with their public agenda, public papers with their consultation and files. Anonymous,
 * read-only; of a person only the name. Legislative terms and locations are not kept: those lists
 * are served truthfully empty.
 */
package de.planungsportal.oparl;
