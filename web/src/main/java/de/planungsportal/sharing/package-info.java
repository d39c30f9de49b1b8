/** Sharing grants: one organisation lets another read a named scope of its data. */
package de.planungsportal.sharing;
