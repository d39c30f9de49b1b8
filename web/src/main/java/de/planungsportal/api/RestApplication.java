package de.planungsportal.api;

import de.planungsportal.results.rest.WaveResultsResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * JSON API under /api. Staff calls are authenticated by the session; every path is guarded by the
 * AccessFilter and scoped to the caller's organisation by the services behind it. Its classes are
 * listed explicitly: without the list, JAX-RS would scan the WAR and also serve the public OParl
 * resources ({@code de.planungsportal.oparl}) here, and they would serve these under /oparl.
 */
@ApplicationPath("/api")
public class RestApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        ReferenceDataResource.class,
        PersonalDataResource.class,
        ApiExceptionMappers.Denied.class,
        ApiExceptionMappers.Invalid.class,
        ApiExceptionMappers.Violations.class,
        ApiExceptionMappers.Unexpected.class,
        WaveResultsResource.class);
  }
}
