package org.onegrid.hotline;

/**
 * What an administrator sends to add or change a hotline source.
 *
 * @param channel the code of an intake channel its tickets arrive on, built in (such as {@code HOTLINE_12319}) or
 *     the district's own; a ticket carries its number as the channel's {@code ticketNo}
 * @param timeLimit the reply limit: 1 to 720 working hours or 1 to 90 working days
 * @param pushBackSubscriberId a webhook subscriber that asked for {@code hotline.push-back}, or none
 * @param accepting {@code false} to withdraw the source, so that it takes no new tickets; absent or {@code true} for
 *     a source that takes them (a withdrawn source sent again without it takes tickets again)
 */
public record SourceRequest(String name, String channel, HotlineSource.TimeLimit timeLimit, Long pushBackSubscriberId,
		Boolean accepting) {
}
