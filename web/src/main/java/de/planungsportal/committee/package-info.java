/**
 * Committee approval: memberships, meetings and agendas, papers (Beschlussvorlagen) proposing a
 * work-plan version, votes, decisions signed by the chair, and members' private notes. Depends on
 * planning (the versions it decides on), never the other way round: the planning cycle reaches it
 * through the committee-approval process.
 */
package de.planungsportal.committee;
