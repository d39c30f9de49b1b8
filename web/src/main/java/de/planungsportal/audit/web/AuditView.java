package de.planungsportal.audit.web;

import de.planungsportal.audit.AuditEvent;
import de.planungsportal.audit.AuditLog;
import de.planungsportal.audit.ChainCheck;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.tenant.Role;
import de.planungsportal.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Backs admin/audit.xhtml: the organisation's audit trail, newest first, and a chain check. */
@Named
@ViewScoped
public class AuditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AuditLog audit;
  @Inject private CurrentActor user;

  private final LazyDataModel<AuditEvent> events =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) audit.count(organisationOfAdmin());
        }

        @Override
        public List<AuditEvent> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return audit.page(organisationOfAdmin(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEvent event) {
          return String.valueOf(event.getId());
        }
      };

  public void verifyChain() {
    organisationOfAdmin();
    ChainCheck check = audit.verify();
    if (check.intact()) {
      Messages.info("admin.audit.intact");
    } else if (check.tailMissing()) {
      Messages.error("admin.audit.tailMissing");
    } else {
      Messages.error("admin.audit.broken", check.firstBrokenId());
    }
  }

  private long organisationOfAdmin() {
    var admin = user.require();
    admin.require(Role.ADMIN);
    return admin.organisationId();
  }

  public LazyDataModel<AuditEvent> getEvents() {
    return events;
  }
}
