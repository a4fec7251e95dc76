package org.onegrid.catalogue;

import org.onegrid.api.MinorClassCodes;
import org.springframework.stereotype.Component;

/**
 * The catalogue's answer to {@link MinorClassCodes}: a code is known when either kind has a minor class by it.
 */
@Component
class KnownMinorClasses implements MinorClassCodes {

	private final Catalogue catalogue;

	KnownMinorClasses(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public boolean known(String code) {
		return code != null && (catalogue.exists(Kind.EVENT, code) || catalogue.exists(Kind.COMPONENT, code));
	}
}
