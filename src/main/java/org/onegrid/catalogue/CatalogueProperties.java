package org.onegrid.catalogue;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Catalogue settings.
 *
 * @param maxWorkingDays no stage's limit may exceed this many working days (the 长河 street's 四平台 rules: 原则上不能超过15个工作日)
 * @param territorialLevelNames the level names of a grid path whose grid owns a case no department owns (属地管理),
 * tried in order from the leaf up
 * @param defaultCatalogue the catalogue loaded into an empty database
 */
@ConfigurationProperties("onegrid.catalogue")
record CatalogueProperties(@DefaultValue("15") int maxWorkingDays,
		@DefaultValue({ "街道", "镇", "乡", "大网格" }) List<String> territorialLevelNames,
		@DefaultValue("classpath:catalogue/default-catalogue.json") String defaultCatalogue) {
}
