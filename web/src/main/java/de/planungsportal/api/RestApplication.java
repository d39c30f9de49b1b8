package de.planungsportal.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * JSON API under /api. Staff calls are authenticated by the session; every path is guarded by the
 * AccessFilter and scoped to the caller's organisation by the services behind it.
 */
@ApplicationPath("/api")
public class RestApplication extends Application {}
