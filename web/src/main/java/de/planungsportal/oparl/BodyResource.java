package de.planungsportal.oparl;

import de.planungsportal.common.PublicUrl;
import de.planungsportal.tenant.Organisation;
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
import java.util.List;

/** Bodies (one per organisation) and the external object lists each body links to. */
@Path("bodies")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class BodyResource {

  @Inject private OparlRepository repository;
  @Inject private PublicUrl publicUrl;

  @GET
  public JsonObject bodies(@Context UriInfo uriInfo) {
    OparlUrls urls = OparlUrls.of(publicUrl);
    ListRequest request = ListRequest.of(uriInfo.getQueryParameters());
    ListPage page = ListPage.of(request, repository.countBodies(request));
    List<JsonObject> data =
        repository.bodies(request, page.offset(), page.limit()).stream()
            .map(o -> OparlObjects.body(urls, o, request.omitInternal()))
            .toList();
    return page.toJson(urls.bodies(), data);
  }

  @GET
  @Path("{id}")
  public JsonObject body(@PathParam("id") String id, @Context UriInfo uriInfo) {
    return OparlObjects.body(OparlUrls.of(publicUrl), find(id), false);
  }

  /** The body's committees as oparl:Organization. */
  @GET
  @Path("{id}/organizations")
  public JsonObject organizations(@PathParam("id") String id, @Context UriInfo uriInfo) {
    OparlUrls urls = OparlUrls.of(publicUrl);
    long bodyId = find(id).getId();
    ListRequest request = ListRequest.of(uriInfo.getQueryParameters());
    ListPage page = ListPage.of(request, repository.countOrganizations(bodyId, request));
    List<JsonObject> data =
        repository.organizations(bodyId, request, page.offset(), page.limit()).stream()
            .map(c -> OparlObjects.organization(urls, c))
            .toList();
    return page.toJson(urls.bodyList(bodyId, BodyList.ORGANIZATION), data);
  }

  /**
   * The other lists a body must offer. The portal keeps no persons, meetings, papers, legislative
   * terms, agenda items, consultations, files, locations or memberships yet: each is one empty
   * page.
   */
  @GET
  @Path("{id}/{list}")
  public JsonObject emptyList(
      @PathParam("id") String id, @PathParam("list") String path, @Context UriInfo uriInfo) {
    BodyList list =
        BodyList.ofPath(path)
            .filter(l -> l != BodyList.ORGANIZATION)
            .orElseThrow(NotFoundException::new);
    long bodyId = find(id).getId();
    ListRequest request = ListRequest.of(uriInfo.getQueryParameters());
    return ListPage.of(request, 0)
        .toJson(OparlUrls.of(publicUrl).bodyList(bodyId, list), List.of());
  }

  private Organisation find(String id) {
    return repository.body(Ids.parse(id)).orElseThrow(NotFoundException::new);
  }
}
