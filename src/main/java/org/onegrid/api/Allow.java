package org.onegrid.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an endpoint, on which data, and how the call is audited, declared beside the endpoint itself.
 * <p>
 * Every endpoint carries one: a call to an endpoint without it is refused, so that a new endpoint is closed until
 * someone decides who may use it. The access module enforces the permission and, for the scopes that name one
 * object ({@link AccessScope#PERSON}, {@link AccessScope#UNIT}, {@link AccessScope#GRID}), the data scope, before
 * the endpoint runs; the scopes that filter many objects ({@link AccessScope#FILTERED}, {@link AccessScope#OWN}) are
 * applied by the module that owns the data, and the declaration says so.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Allow {

	/** Any signed-in caller, whatever their permissions. */
	String SIGNED_IN = "signed-in";

	/** Anyone, signed in or not. */
	String ANYONE = "anyone";

	/**
	 * The permissions any one of which admits the caller, such as {@code people:manage}; or {@link #SIGNED_IN} or
	 * {@link #ANYONE}. A <code>{name}</code> in a permission stands for the path variable of that name, so that
	 * <code>case:{action}</code> asks for the permission of the action called.
	 */
	String[] value();

	/** Which data the call may reach. */
	AccessScope scope();

	/**
	 * The path variables or request parameters that name the scoped object: the person's id for
	 * {@link AccessScope#PERSON}, the unit's code for {@link AccessScope#UNIT}, the layer and then the grid for
	 * {@link AccessScope#GRID}.
	 */
	String[] on() default {};

	/** Whether the person named by {@link #on()} may make the call about themselves without the permission. */
	boolean self() default false;

	/** How the call is recorded; every call that changes something declares one. */
	AuditClass audit() default AuditClass.NONE;
}
