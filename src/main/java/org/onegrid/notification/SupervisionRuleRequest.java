package org.onegrid.notification;

/**
 * What an administrator sends to add or change an automatic supervision rule.
 *
 * @param stage ACCEPT, DISPATCH, HANDLE or CHECK
 * @param light YELLOW (nearly overdue) or RED (overdue)
 * @param noticeKind SUPERVISE (督办) or URGE (催办)
 * @param enabled whether the rule sends notices; true when not given
 */
public record SupervisionRuleRequest(String stage, String light, String noticeKind, String note, Boolean enabled) {
}
