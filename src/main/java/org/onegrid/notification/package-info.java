/**
 * Notifications: tells whoever is on duty (值班) when a case in their area turns yellow or red or is escalated to
 * them, as the 中山 street's 多格合一 plan's 7×24 duty roster asks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.onegrid.notification;
