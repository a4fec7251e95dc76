package org.onegrid.open311;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onegrid.catalogue.Catalogue;
import org.onegrid.catalogue.Kind;
import org.onegrid.catalogue.MajorClass;
import org.onegrid.catalogue.MinorClass;
import org.springframework.stereotype.Component;

/**
 * The catalogue as Open311 services. A minor class's code is unique only within its kind, so its service code
 * leads with the kind's letter: {@code C0101} is the component minor class 0101 (井盖缺失), {@code E0101} an event
 * minor class. The service is named in Chinese, described by its filing condition (立案条件), grouped by its major
 * class's Chinese name, and found by its English name. No minor class asks for extra fields, so no service has
 * metadata and every definition lists no attributes.
 */
@Component
class Services {

	private final Catalogue catalogue;

	Services(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** Every service, major class by major class, components first. */
	List<Map<String, Object>> all() {
		List<Map<String, Object>> services = new ArrayList<>();
		for (MajorClass major : catalogue.tree(null)) {
			for (MinorClass minor : major.minorClasses()) {
				services.add(service(major, minor));
			}
		}
		return services;
	}

	/** The service's definition. */
	Map<String, Object> definition(String serviceCode) {
		MinorClass minor = minorClass(serviceCode);
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("service_code", codeOf(minor));
		definition.put("attributes", List.of());
		return definition;
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
