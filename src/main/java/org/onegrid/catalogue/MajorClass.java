package org.onegrid.catalogue;

import java.util.List;

/**
 * A major class (大类) and its minor classes, as the category tree shows it.
 *
 * @param kind component or event
 * @param code two digits
 * @param minorClasses its minor classes in code order
 */
public record MajorClass(Kind kind, String code, String nameZh, String nameEn, List<MinorClass> minorClasses) {

	public MajorClass {
		minorClasses = List.copyOf(minorClasses);
	}
}
