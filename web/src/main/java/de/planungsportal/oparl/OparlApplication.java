package de.planungsportal.oparl;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The OParl 1.1 endpoint. Its classes are listed explicitly (as are those of the staff API), so
 * neither application scans the other's resources: staff resources never appear under this public
 * path, OParl resources never under {@code /api}.
 */
@ApplicationPath("/oparl/v1.1")
public class OparlApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        EntryPoint.class,
        SystemResource.class,
        BodyResource.class,
        OrganizationResource.class,
        CommitteeResources.Persons.class,
        CommitteeResources.Memberships.class,
        CommitteeResources.Meetings.class,
        CommitteeResources.AgendaItems.class,
        CommitteeResources.Papers.class,
        CommitteeResources.Consultations.class,
        CommitteeResources.Files.class,
        OparlExceptionMappers.Invalid.class,
        OparlExceptionMappers.Unexpected.class);
  }
}
