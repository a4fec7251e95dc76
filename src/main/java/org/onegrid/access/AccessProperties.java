package org.onegrid.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access settings ({@code onegrid.access.*}).
 *
 * @param adminPassword the password of the {@code admin} account created on the first start of an empty database
 * (from {@code ONEGRID_ADMIN_PASSWORD}); at least 12 characters and not a well-known default
 * @param lockoutThreshold failed sign-ins within {@code lockoutWindow} that lock an account
 * @param lockoutDuration how long a locked account stays locked
 * @param tokenMaxDays the longest life of a personal API token
 */
@ConfigurationProperties("onegrid.access")
public record AccessProperties(String adminPassword, @DefaultValue("5") int lockoutThreshold,
		@DefaultValue("15m") Duration lockoutWindow, @DefaultValue("15m") Duration lockoutDuration,
		@DefaultValue("365") int tokenMaxDays) {
}
