package de.planungsportal.oparl;

import de.planungsportal.committee.PaperFile;
import de.planungsportal.common.PublicUrl;
import de.planungsportal.oparl.OparlRepository.Kind;
import de.planungsportal.oparl.OparlRepository.Stamp;
import de.planungsportal.web.FileDownload;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.BiFunction;

/**
 * The committee objects by their own URLs. What {@link OparlRepository} does not find visible (a
 * non-public agenda item, a paper that is not public, its consultation and files) is not found; a
 * deleted object that was public answers as its tombstone, a deleted file's content is not found.
 */
public final class CommitteeResources {

  private CommitteeResources() {}

  /** Fetched alone, an object is never embedded: it carries the links back to its parent. */
  abstract static class ObjectResource {
    @Inject OparlRepository repository;
    @Inject PublicUrl publicUrl;

    JsonObject object(Kind kind, String id, BiFunction<CommitteeObjects, Stamp, JsonObject> json) {
      Stamp stamp = repository.one(kind, Ids.parse(id)).orElseThrow(NotFoundException::new);
      OparlUrls urls = OparlUrls.of(publicUrl);
      CommitteeObjects objects = new CommitteeObjects(urls, repository);
      return Tombstones.or(urls, repository, kind, s -> json.apply(objects, s)).apply(stamp);
    }
  }

  @Path("persons")
  @Produces(MediaType.APPLICATION_JSON)
  @RequestScoped
  public static class Persons extends ObjectResource {
    @GET
    @Path("{id}")
    public JsonObject person(@PathParam("id") String id) {
      return object(Kind.PERSON, id, (o, s) -> o.person(s, false));
    }
  }

  @Path("memberships")
  @Produces(MediaType.APPLICATION_JSON)
  @RequestScoped
  public static class Memberships extends ObjectResource {
    @GET
    @Path("{id}")
    public JsonObject membership(@PathParam("id") String id) {
      return object(Kind.MEMBERSHIP, id, (o, s) -> o.membership(s, false));
    }
  }

  @Path("meetings")
  @Produces(MediaType.APPLICATION_JSON)
  @RequestScoped
  public static class Meetings extends ObjectResource {
    @GET
    @Path("{id}")
    public JsonObject meeting(@PathParam("id") String id) {
      return object(Kind.MEETING, id, (o, s) -> o.meeting(s, false));
    }
  }

  @Path("agenda-items")
  @Produces(MediaType.APPLICATION_JSON)
  @RequestScoped
  public static class AgendaItems extends ObjectResource {
    @GET
    @Path("{id}")
    public JsonObject agendaItem(@PathParam("id") String id) {
      return object(Kind.AGENDA_ITEM, id, CommitteeObjects::agendaItem);
    }
  }

  @Path("papers")
  @Produces(MediaType.APPLICATION_JSON)
  @RequestScoped
  public static class Papers extends ObjectResource {
    @GET
    @Path("{id}")
    public JsonObject paper(@PathParam("id") String id) {
      return object(Kind.PAPER, id, (o, s) -> o.paper(s, false));
    }
  }

  @Path("consultations")
  @Produces(MediaType.APPLICATION_JSON)
  @RequestScoped
  public static class Consultations extends ObjectResource {
    @GET
    @Path("{id}")
    public JsonObject consultation(@PathParam("id") String id) {
      return object(Kind.CONSULTATION, id, (o, s) -> o.consultation(s, false));
    }
  }

  /**
   * A paper's attachment: its metadata, the file shown inline ({@code accessUrl}) and as a
   * download. Files are served with the API's strict Content-Security-Policy and nosniff, so an
   * uploaded HTML or SVG file cannot run script in the portal's origin.
   */
  @Path("files")
  @RequestScoped
  public static class Files extends ObjectResource {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject file(@PathParam("id") String id) {
      return object(Kind.FILE, id, (o, s) -> o.file(s, false));
    }

    @GET
    @Path("{id}/access")
    public Response access(@PathParam("id") String id) {
      return content(id, "inline");
    }

    @GET
    @Path("{id}/download")
    public Response download(@PathParam("id") String id) {
      return content(id, "attachment");
    }

    private Response content(String id, String disposition) {
      Stamp stamp =
          repository
              .one(Kind.FILE, Ids.parse(id))
              .filter(s -> !s.deleted())
              .orElseThrow(NotFoundException::new);
      PaperFile file = repository.find(PaperFile.class, stamp.id());
      return Response.ok(repository.content(stamp.id()), file.getMediaType())
          .header("Content-Disposition", FileDownload.disposition(disposition, file.getName()))
          .header("Last-Modified", stamp.modified().atOffset(ZoneOffset.UTC).format(HTTP_DATE))
          .build();
    }
  }
}
