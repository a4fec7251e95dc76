/**
 * Notifications: tells whoever is on duty (值班) when a case in their area turns yellow or red or is escalated to
 * them, as seed 000's 7×24 duty roster asks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.onegrid.notification;
