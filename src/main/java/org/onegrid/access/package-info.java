/**
 * Access: who may sign in, and what every request may see and do.
 * <p>
 * Accounts sign in with a password (BCrypt) into a session for the web UI, or use personal API tokens for
 * integrations. Repeated failures lock an account for a while. Browser sessions are protected against CSRF. Every
 * sign-in, account and configuration change and personal-data read goes to an append-only audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package org.onegrid.access;
