/** The append-only, hash-chained audit trail: who changed what, when. */
package de.planungsportal.audit;
