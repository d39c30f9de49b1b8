/** Small pieces every feature uses: input checks and user-correctable errors. */
package de.planungsportal.common;
