package de.planungsportal.oparl;

import de.planungsportal.area.Committee;
import de.planungsportal.common.PublicUrl;
import de.planungsportal.oparl.OparlRepository.Kind;
import de.planungsportal.oparl.OparlRepository.Stamp;
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
import java.util.function.Function;

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
    return list(
        urls.bodies(),
        Kind.BODY,
        null,
        request,
        Tombstones.or(urls, repository, Kind.BODY, s -> body(urls, s, request.omitInternal())));
  }

  @GET
  @Path("{id}")
  public JsonObject body(@PathParam("id") String id) {
    OparlUrls urls = OparlUrls.of(publicUrl);
    return Tombstones.or(urls, repository, Kind.BODY, s -> body(urls, s, false)).apply(find(id));
  }

  /**
   * One of the lists every body links to; the page's objects are those of this body, deleted ones
   * included as tombstones (OParl 1.1 marks them rather than leaving them out), so that a client
   * syncing with {@code modified_since} learns of the deletion.
   */
  @GET
  @Path("{id}/{list}")
  public JsonObject list(
      @PathParam("id") String id, @PathParam("list") String path, @Context UriInfo uriInfo) {
    BodyList list = BodyList.ofPath(path).orElseThrow(NotFoundException::new);
    long bodyId = find(id).id();
    OparlUrls urls = OparlUrls.of(publicUrl);
    ListRequest request = ListRequest.of(uriInfo.getQueryParameters());
    String url = urls.bodyList(bodyId, list);
    if (list.kind().isEmpty()) {
      return ListPage.of(request, 0).toJson(url, List.of());
    }
    Kind kind = list.kind().get();
    CommitteeObjects objects = new CommitteeObjects(urls, repository);
    boolean omit = request.omitInternal();
    Function<Stamp, JsonObject> toJson =
        switch (kind) {
          case ORGANIZATION ->
              s -> OparlObjects.organization(urls, repository.find(Committee.class, s.id()), s);
          case PERSON -> s -> objects.person(s, omit);
          case MEMBERSHIP -> s -> objects.membership(s, false);
          case MEETING -> s -> objects.meeting(s, omit);
          case AGENDA_ITEM -> objects::agendaItem;
          case PAPER -> s -> objects.paper(s, omit);
          case CONSULTATION -> s -> objects.consultation(s, false);
          case FILE -> s -> objects.file(s, false);
          case BODY -> throw new IllegalStateException("bodies are not listed below a body");
        };
    return list(url, kind, bodyId, request, Tombstones.or(urls, repository, kind, toJson));
  }

  private JsonObject list(
      String url, Kind kind, Long bodyId, ListRequest request, Function<Stamp, JsonObject> toJson) {
    ListPage page = ListPage.of(request, repository.count(kind, bodyId, request));
    List<JsonObject> data =
        repository.page(kind, bodyId, request, page.offset(), page.limit()).stream()
            .map(toJson)
            .toList();
    return page.toJson(url, data);
  }

  private JsonObject body(OparlUrls urls, Stamp stamp, boolean omitInternal) {
    return OparlObjects.body(
        urls, repository.find(Organisation.class, stamp.id()), stamp, omitInternal);
  }

  private Stamp find(String id) {
    return repository.one(Kind.BODY, Ids.parse(id)).orElseThrow(NotFoundException::new);
  }
}
