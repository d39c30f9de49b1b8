/** Accounts, role grants, sign-in and the signed-in user. */
package de.planungsportal.identity;
