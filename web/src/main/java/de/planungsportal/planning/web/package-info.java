/** Screens of planning: the cycle list, a cycle, a version of the plan, two versions compared. */
package de.planungsportal.planning.web;
