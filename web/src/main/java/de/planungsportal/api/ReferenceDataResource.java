package de.planungsportal.api;

import de.planungsportal.area.ReferenceDataService;
import de.planungsportal.area.ReferenceItem;
import de.planungsportal.tenant.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Reference data of the caller's organisation and of organisations sharing theirs. */
@Path("v1/reference")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ReferenceDataResource {

  @Inject private ReferenceDataService referenceData;
  @Inject private CurrentActor user;

  @GET
  @Path("departments")
  public List<ReferenceItem> departments() {
    return referenceData.departments(user.require());
  }

  @GET
  @Path("areas")
  public List<ReferenceItem> areas() {
    return referenceData.areas(user.require());
  }

  @GET
  @Path("schools")
  public List<ReferenceItem> schools() {
    return referenceData.schools(user.require());
  }

  @GET
  @Path("committees")
  public List<ReferenceItem> committees() {
    return referenceData.committees(user.require());
  }
}
