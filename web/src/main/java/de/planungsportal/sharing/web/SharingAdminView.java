package de.planungsportal.sharing.web;

import de.planungsportal.sharing.SharingGrant;
import de.planungsportal.sharing.SharingScope;
import de.planungsportal.sharing.SharingService;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.web.CrudView;
import de.planungsportal.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs admin/sharing.xhtml: grants this organisation gave, and those it received. */
@Named
@ViewScoped
public class SharingAdminView extends CrudView<SharingGrant, SharingAdminView.GrantForm> {

  private static final long serialVersionUID = 1L;

  /** A new grant as entered: to whom, which scope. */
  public static class GrantForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long granteeId;
    private SharingScope scope;

    public Long getGranteeId() {
      return granteeId;
    }

    public void setGranteeId(Long granteeId) {
      this.granteeId = granteeId;
    }

    public SharingScope getScope() {
      return scope;
    }

    public void setScope(SharingScope scope) {
      this.scope = scope;
    }
  }

  @Inject private SharingService sharing;

  private List<SharingGrant> received;
  private List<Organisation> grantees;

  @Override
  protected List<SharingGrant> list(Actor admin) {
    received = sharing.received(admin);
    grantees = sharing.possibleGrantees(admin);
    return sharing.given(admin);
  }

  @Override
  protected GrantForm newForm() {
    return new GrantForm();
  }

  @Override
  protected GrantForm formOf(SharingGrant grant) {
    throw new UnsupportedOperationException("grants are revoked, not edited");
  }

  @Override
  protected void save(Actor admin, GrantForm form) {
    if (form.getGranteeId() == null) {
      throw new de.planungsportal.common.InvalidInputException("sharing.unknownGrantee");
    }
    sharing.grant(admin, form.getGranteeId(), form.getScope(), null);
  }

  public void revoke(SharingGrant grant) {
    if (run(() -> sharing.revoke(currentUser.require(), grant.getId()))) {
      Messages.info("sharing.revoked");
      load();
    }
  }

  public List<SharingGrant> getReceived() {
    return received;
  }

  public List<Organisation> getGrantees() {
    return grantees;
  }

  public SharingScope[] getScopes() {
    return SharingScope.values();
  }
}
