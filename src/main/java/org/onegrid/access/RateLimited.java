package org.onegrid.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint whose calls count against the calling address's limit ({@link ClientRateLimit}): those that
 * check a password or hand out a credential, and the citizen portal's anonymous ones.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RateLimited {
}
