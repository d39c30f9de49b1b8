/** The screens of data requests: the planner's list, form and review, the school's answers. */
package de.planungsportal.datarequest.web;
