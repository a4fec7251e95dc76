package org.onegrid.meeting;

import java.util.List;

/** What a meeting concluded (纪要) and who attended, by name and unit as the convener writes them. */
public record MinutesRequest(String minutes, List<String> attendees) {
}
