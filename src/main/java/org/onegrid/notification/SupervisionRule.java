package org.onegrid.notification;

/**
 * A district's rule for automatic supervision (督办): when a case's {@code stage} turns {@code light} (yellow or
 * red), the centre sends a notice of {@code noticeKind} (SUPERVISE or URGE) carrying {@code note}, once per case,
 * stage and deadline. A disabled rule is kept but sends nothing.
 */
public record SupervisionRule(String code, String stage, String light, String noticeKind, String note,
		boolean enabled) {
}
