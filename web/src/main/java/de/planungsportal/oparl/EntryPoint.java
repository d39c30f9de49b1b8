package de.planungsportal.oparl;

import de.planungsportal.common.PublicUrl;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The endpoint's own address ({@code /oparl/v1.1/}, with or without the slash) leads to the System
 * object, where OParl clients start: people type the shorter address.
 */
@Path("")
@RequestScoped
public class EntryPoint {

  @Inject private PublicUrl publicUrl;

  @GET
  public Response toSystem() {
    return Response.status(Response.Status.FOUND)
        .location(URI.create(OparlUrls.of(publicUrl).system()))
        .build();
  }
}
