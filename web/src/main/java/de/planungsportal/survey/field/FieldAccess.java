package de.planungsportal.survey.field;

import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who sees what of a released wave: the planners of its organisation everything, a school contact
 * the classes of the schools their grants name (in the same organisation), nobody else anything.
 */
final class FieldAccess {

  private FieldAccess() {}

  static boolean plans(Actor actor, FieldWave wave) {
    return actor.organisationId() == wave.organisationId() && actor.has(Role.PLANNER);
  }

  /** The schools the actor is the contact of, in the wave's organisation. */
  static Set<Long> contactSchools(Actor actor, FieldWave wave) {
    Set<Long> schools = new TreeSet<>();
    if (actor.organisationId() != wave.organisationId()) {
      return schools;
    }
    for (Actor.Grant grant : actor.grants()) {
      if (grant.role() == Role.SCHOOL_CONTACT && grant.schoolId() != null) {
        schools.add(grant.schoolId());
      }
    }
    return schools;
  }

  static boolean sees(Actor actor, FieldWave wave, WaveClass schoolClass) {
    return schoolClass.waveId() == wave.id()
        && (plans(actor, wave) || contactSchools(actor, wave).contains(schoolClass.schoolId()));
  }
}
