package de.planungsportal.oparl;

import de.planungsportal.area.Committee;
import de.planungsportal.common.PublicUrl;
import de.planungsportal.oparl.OparlRepository.Kind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A committee as oparl:Organization. */
@Path("organizations")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class OrganizationResource {

  @Inject private OparlRepository repository;
  @Inject private PublicUrl publicUrl;

  @GET
  @Path("{id}")
  public JsonObject organization(@PathParam("id") String id) {
    OparlUrls urls = OparlUrls.of(publicUrl);
    return repository
        .one(Kind.ORGANIZATION, Ids.parse(id))
        .map(
            Tombstones.or(
                urls,
                repository,
                Kind.ORGANIZATION,
                s -> OparlObjects.organization(urls, repository.find(Committee.class, s.id()), s)))
        .orElseThrow(NotFoundException::new);
  }
}
