package de.planungsportal.api;

import de.planungsportal.identity.PersonalDataExport;
import de.planungsportal.identity.admin.AccountAdminService;
import de.planungsportal.tenant.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Art. 15 GDPR exports: one's own data, or (for admins) that of an account they manage. */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class PersonalDataResource {

  @Inject private PersonalDataExport export;
  @Inject private AccountAdminService accountAdmin;
  @Inject private CurrentActor user;

  @GET
  @Path("account/personal-data")
  public Response own() {
    return download(export.own(user.require().accountId()), user.require().username());
  }

  @GET
  @Path("admin/accounts/{id}/personal-data")
  public Response ofAccount(@PathParam("id") long accountId) {
    var account = accountAdmin.find(user.require(), accountId);
    return download(export.of(account.getId()), account.getUsername());
  }

  private static Response download(JsonObject data, String username) {
    return Response.ok(data)
        .header(
            "Content-Disposition",
            "attachment; filename=\"personal-data-"
                + username.replaceAll("[^a-z0-9._-]", "_")
                + ".json\"")
        .build();
  }
}
