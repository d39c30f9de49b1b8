/** The answering pages under /answer/ (no account, no session) and a survey's privacy page. */
package de.planungsportal.survey.web;
