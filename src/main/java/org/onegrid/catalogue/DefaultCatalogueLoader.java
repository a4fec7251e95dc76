package org.onegrid.catalogue;

import org.onegrid.api.Fields;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.onegrid.api.ApiProblem;
import org.onegrid.catalogue.MinorClassDefinition.LimitDefinition;
import org.onegrid.catalogue.internal.MinorClasses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the default catalogue into an empty database at startup, through the same checks the API applies, all or
 * nothing. Once any minor class exists the stored catalogue is the district's own and is left alone.
 */
@Component
@Order(-10)
class DefaultCatalogueLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DefaultCatalogueLoader.class);

	private final Catalogue catalogue;

	private final MinorClasses minors;

	private final CatalogueProperties properties;

	private final ResourceLoader resources;

	private final TransactionTemplate transaction;

	DefaultCatalogueLoader(Catalogue catalogue, MinorClasses minors, CatalogueProperties properties,
			ResourceLoader resources, TransactionTemplate transaction) {
		this.catalogue = catalogue;
		this.minors = minors;
		this.properties = properties;
		this.resources = resources;
		this.transaction = transaction;
	}

	/** The default catalogue file's shape. */
	record DefaultCatalogue(Map<Urgency, BigDecimal> urgencyFactors, List<LimitDefinition> defaultTimeLimits,
			List<MajorDefinition> majorClasses) {
	}

	/** A major class in the file, with its minor classes, which inherit its kind. */
	record MajorDefinition(String kind, String code, String nameZh, String nameEn,
			List<MinorClassDefinition> minorClasses) {
	}

	@Override
	public void run(ApplicationArguments args) {
		if (minors.count() > 0) {
			return;
		}
		DefaultCatalogue file = read();
		try {
			int loaded = transaction.execute(status -> load(file));
			log.info("Default case catalogue loaded: {} major classes, {} minor classes", file.majorClasses().size(),
					loaded);
		}
		catch (ApiProblem problem) {
			throw new IllegalStateException("The default catalogue " + properties.defaultCatalogue() + " is invalid: "
					+ problem.getMessage() + " " + problem.errors(), problem);
		}
	}

	private int load(DefaultCatalogue file) {
		file.urgencyFactors().forEach(catalogue::setUrgencyFactor);
		int loaded = 0;
		for (MajorDefinition major : file.majorClasses()) {
			Kind kind = Fields.param(Kind.class, major.kind(), "kind");
			catalogue.defineMajorClass(kind, major.code(), major.nameZh(), major.nameEn());
			for (MinorClassDefinition minor : major.minorClasses()) {
				catalogue.defineMinorClass(withDefaults(minor.withKind(kind.name()), file.defaultTimeLimits()));
				loaded++;
			}
		}
		return loaded;
	}

	/** The minor class's own limits, plus each default limit whose stage and area class it gives no limit for. */
	private static MinorClassDefinition withDefaults(MinorClassDefinition minor, List<LimitDefinition> defaults) {
		List<LimitDefinition> own = minor.timeLimits() == null ? List.of() : minor.timeLimits();
		List<LimitDefinition> limits = new ArrayList<>(own);
		for (LimitDefinition fallback : defaults) {
			if (own.stream().noneMatch(limit -> limit.stage().equals(fallback.stage())
					&& Objects.equals(limit.areaClass(), fallback.areaClass()))) {
				limits.add(fallback);
			}
		}
		return minor.withTimeLimits(limits);
	}

	private DefaultCatalogue read() {
		try (InputStream in = resources.getResource(properties.defaultCatalogue()).getInputStream()) {
			return JsonMapper.builder()
				.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.build()
				.readValue(in, DefaultCatalogue.class);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the default catalogue " + properties.defaultCatalogue(), e);
		}
	}
}
