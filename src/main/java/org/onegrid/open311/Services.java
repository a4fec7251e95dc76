package org.onegrid.open311;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onegrid.catalogue.Catalogue;
import org.onegrid.catalogue.DistrictOffers;
import org.onegrid.catalogue.Kind;
import org.onegrid.catalogue.MajorClass;
import org.onegrid.catalogue.MinorClass;
import org.onegrid.catalogue.OfferedClass;
import org.onegrid.grid.District;
import org.springframework.stereotype.Component;

/**
 * The catalogue as Open311 services. A minor class's code is unique only within its kind, so its service code
 * leads with the kind's letter: {@code C0101} is the component minor class 0101 (井盖缺失), {@code E0101} an event
 * minor class. The service is named in Chinese, described by its filing condition (立案条件), grouped by its major
 * class's Chinese name, and found by its English name. A district lists the services it offers
 * ({@link DistrictOffers}); one that chose none lists the whole catalogue. No minor class asks for extra fields, so
 * no service has metadata and every definition lists no attributes.
 */
@Component
class Services {

	private final Catalogue catalogue;

	private final DistrictOffers offers;

	Services(Catalogue catalogue, DistrictOffers offers) {
		this.catalogue = catalogue;
		this.offers = offers;
	}

	/** Every service the district offers (the whole catalogue without one), major class by major class. */
	List<Map<String, Object>> all(Optional<District> district) {
		Optional<List<OfferedClass>> offered = district.flatMap(d -> offers.of(d.code()));
		List<Map<String, Object>> services = new ArrayList<>();
		for (MajorClass major : catalogue.tree(null)) {
			for (MinorClass minor : major.minorClasses()) {
				if (offered.map(list -> list.contains(new OfferedClass(minor.kind().name(), minor.code())))
					.orElse(true)) {
					services.add(service(major, minor));
				}
			}
		}
		return services;
	}

	/** The definition of a service the district offers. */
	Map<String, Object> definition(String serviceCode, Optional<District> district) {
		MinorClass minor = minorClass(serviceCode, district);
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("service_code", codeOf(minor));
		definition.put("attributes", List.of());
		return definition;
	}

	/** @throws Open311Failure 404 unless the district (any, without one) offers a minor class of the service code */
	MinorClass minorClass(String serviceCode, Optional<District> district) {
		MinorClass minor = minorClass(serviceCode);
		if (district.isPresent() && !offers.offers(district.get().code(), minor.kind(), minor.code())) {
			throw Open311Failure.notFound("The jurisdiction '" + district.get().code() + "' offers no service '"
					+ serviceCode + "'");
		}
		return minor;
	}

	/** @throws Open311Failure 404 when no minor class has the service code */
	MinorClass minorClass(String serviceCode) {
		Kind kind = serviceCode == null || serviceCode.length() != 5 ? null : switch (serviceCode.charAt(0)) {
			case 'C' -> Kind.COMPONENT;
			case 'E' -> Kind.EVENT;
			default -> null;
		};
		String code = kind == null ? null : serviceCode.substring(1);
		if (kind == null || !code.chars().allMatch(Character::isDigit) || !catalogue.exists(kind, code)) {
			throw Open311Failure.notFound("No service has the code '" + serviceCode + "'");
		}
		return catalogue.minorClass(kind, code);
	}

	/** The service's Chinese name, or {@code null} when the catalogue no longer has it. */
	String nameOf(String serviceCode) {
		try {
			return minorClass(serviceCode).nameZh();
		}
		catch (Open311Failure unknown) {
			return null;
		}
	}

	static String codeOf(MinorClass minor) {
		return codeOf(minor.kind().name(), minor.code());
	}

	/** The service code of the minor class {@code code} of the kind named {@code kind}. */
	static String codeOf(String kind, String code) {
		return (Kind.COMPONENT.name().equals(kind) ? "C" : "E") + code;
	}

	private static Map<String, Object> service(MajorClass major, MinorClass minor) {
		Map<String, Object> service = new LinkedHashMap<>();
		service.put("service_code", codeOf(minor));
		service.put("service_name", minor.nameZh());
		service.put("description", minor.filingCondition());
		service.put("metadata", false);
		service.put("type", "realtime");
		service.put("keywords", minor.nameEn());
		service.put("group", major.nameZh());
		return service;
	}
}
