/** BPMN and DMN models of the portal, deployed by the application at start-up. */
package de.planungsportal.processmodels;
