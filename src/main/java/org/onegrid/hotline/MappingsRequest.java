package org.onegrid.hotline;

import java.util.List;

/** A source's whole mapping table, replacing the one it had. */
public record MappingsRequest(List<CategoryMapping> mappings) {
}
