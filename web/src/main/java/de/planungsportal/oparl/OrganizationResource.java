package de.planungsportal.oparl;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** A committee as oparl:Organization. */
@Path("organizations")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class OrganizationResource {

  @Inject private OparlRepository repository;

  @GET
  @Path("{id}")
  public JsonObject organization(@PathParam("id") String id, @Context UriInfo uriInfo) {
    return repository
        .organization(Ids.parse(id))
        .map(c -> OparlObjects.organization(new OparlUrls(uriInfo), c))
        .orElseThrow(NotFoundException::new);
  }
}
