package de.planungsportal.it;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * Deploys a client-side archive ({@code @Deployment(testable = false)}) once for a row of test
 * classes that deploy the identical archive, instead of once per class: after such a class the
 * archive stays deployed, and the next class whose archive has the same name and the same content
 * ({@link ArchiveFingerprint#content}) uses it as it is. Any other deployment, in-container ones in
 * particular, first undeploys it and then deploys as before; the run's end undeploys it before the
 * server stops. {@link DeploymentOrder} puts the classes with identical archives next to each
 * other.
 *
 * <p>Sharing the deployment is safe because the application keeps no state in memory that a test
 * class could leave behind for the next: the JPA shared cache is off (no entity is
 * {@code @Cacheable} under {@code ENABLE_SELECTIVE}), rate limits and lockouts live in the
 * database, and the demo data are seeded only where missing, which a redeployment would not change
 * for data a test has altered.
 */
public final class SharedDeployment implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Keeper.class);
  }

  /** The observer; Arquillian keeps one instance for the whole run. */
  public static final class Keeper {

    private static final Logger LOG = Logger.getLogger(SharedDeployment.class.getName());

    @Inject @DeploymentScoped private InstanceProducer<DeploymentDescription> description;
    @Inject @DeploymentScoped private InstanceProducer<Deployment> deployment;
    @Inject @DeploymentScoped private InstanceProducer<ProtocolMetaData> protocolMetaData;
    @Inject private Event<UnDeployDeployment> undeploy;

    /** The deployment that stays on the server, if any. */
    private Kept kept;

    /** The class's deployment that uses {@link #kept} and therefore must not undeploy it. */
    private Deployment sharing;

    /** Set while this observer itself undeploys {@link #kept}. */
    private boolean releasing;

    private record Kept(
        Container container,
        Deployment first,
        String name,
        String fingerprint,
        ProtocolMetaData metaData) {}

    /**
     * Inside the deployment context Arquillian activates (precedence 0), so that what it would have
     * stored for the class's deployment can be stored here when the deployment is reused.
     */
    public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context)
        throws Exception {
      DeployDeployment event = context.getEvent();
      Deployment current = event.getDeployment();
      DeploymentDescription described = current.getDescription();
      if (!clientSide(described)) {
        release();
        context.proceed();
        return;
      }
      String name = described.getArchive().getName();
      String fingerprint = ArchiveFingerprint.content(described.getArchive());
      if (kept != null
          && kept.container() == event.getContainer()
          && kept.name().equals(name)
          && kept.fingerprint().equals(fingerprint)) {
        description.set(described);
        deployment.set(current);
        protocolMetaData.set(kept.metaData());
        current.deployed();
        sharing = current;
        LOG.info(() -> "Deployment " + name + " kept for this class (identical archive)");
        return;
      }
      release();
      context.proceed();
      if (current.isDeployed() && !current.hasDeploymentError() && protocolMetaData.get() != null) {
        kept = new Kept(event.getContainer(), current, name, fingerprint, protocolMetaData.get());
        sharing = current;
      }
    }

    /** The class's undeployment: skipped for the deployment that stays. */
    public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context)
        throws Exception {
      Deployment current = context.getEvent().getDeployment();
      if (!releasing && kept != null && current == sharing) {
        current.undeployed();
        sharing = null;
        return;
      }
      context.proceed();
    }

    /** Before the server stops (which observes the same event at precedence 0). */
    public void end(@Observes(precedence = 100) AfterSuite event) {
      try {
        release();
      } catch (Exception e) { // Arquillian may rethrow an observer's checked exception unchecked
        // the server stops anyway, and the build unpacks a fresh one (with a fresh configuration)
        LOG.log(Level.WARNING, "Could not undeploy the shared deployment at the end of the run", e);
      }
    }

    private void release() {
      if (kept == null) {
        return;
      }
      Kept leaving = kept;
      kept = null;
      sharing = null;
      if (leaving.container().getState() != Container.State.STARTED) {
        return;
      }
      releasing = true;
      try {
        undeploy.fire(new UnDeployDeployment(leaving.container(), leaving.first()));
      } finally {
        releasing = false;
      }
    }

    /** A managed archive deployment the tests reach over HTTP, expecting no deployment error. */
    private static boolean clientSide(DeploymentDescription described) {
      return described.isArchiveDeployment()
          && described.managed()
          && !described.testable()
          && described.getTestableArchive() == null
          && described.getExpectedException() == null;
    }
  }
}
