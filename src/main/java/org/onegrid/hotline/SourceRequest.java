package org.onegrid.hotline;

/**
 * What an administrator sends to add or change a hotline source.
 *
 * @param channel one of the case channels, such as {@code HOTLINE_12319}
 * @param timeLimit the reply limit: 1 to 720 working hours or 1 to 90 working days
 * @param pushBackSubscriberId a webhook subscriber that asked for {@code hotline.push-back}, or none
 */
public record SourceRequest(String name, String channel, HotlineSource.TimeLimit timeLimit,
		Long pushBackSubscriberId) {
}
