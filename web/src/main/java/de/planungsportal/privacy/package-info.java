/** Data protection: retention periods, their nightly application, the privacy notice. */
package de.planungsportal.privacy;
