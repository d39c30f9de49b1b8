package de.planungsportal.oparl;

import de.planungsportal.common.PublicUrl;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The OParl endpoint: the oparl:System object. It has no dates of its own; it was created with the
 * first body and changes with its list of bodies.
 */
@Path("system")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SystemResource {

  @Inject private OparlRepository repository;
  @Inject private PublicUrl publicUrl;

  @GET
  public JsonObject system() {
    String name =
        ResourceBundle.getBundle("de.planungsportal.i18n.messages", Locale.GERMAN)
            .getString("app.name");
    return OparlObjects.system(
        OparlUrls.of(publicUrl), name, repository.bodiesPeriod().orElse(null));
  }
}
