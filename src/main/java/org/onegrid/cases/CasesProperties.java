package org.onegrid.cases;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.onegrid.catalogue.AreaClass;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a district runs its cases ({@code onegrid.cases.*}).
 *
 * @param primaryLayer the grid layer whose trail decides responsibility, handling level and escalation; a case
 * outside it uses the first layer that covers it
 * @param verifyChannels reports from these channels wait for the grid's worker to verify them (核实)
 * @param defaultAreaClass the area class of a case whose report names none
 * @param tierLevels for each tier, the level names of the grid that handles it, tried leaf first
 * @param warnShare the share of a stage's working time after which its light turns yellow
 * @param duplicateRadius how close a case of the same minor class must be to count as a possible duplicate, in
 * metres
 * @param duplicateWindow how recent it must be
 * @param sweepInterval how often the light sweep looks whether the earliest pending light is due
 * @param sweepBatch how many cases one sweep transaction handles at most
 * @param autoEscalateOverdue whether a case whose stage turns red is escalated one level, where escalation is allowed
 * @param countEstimateAbove a search whose matches the database's planner expects to number more than this is not
 * counted: its total is given as capped ("10,000+") at once
 */
@ConfigurationProperties("onegrid.cases")
public record CasesProperties(@DefaultValue("ops") String primaryLayer,
		@DefaultValue({ "CITIZEN", "HOTLINE_12345", "HOTLINE_12319", "PROVINCIAL_PLATFORM",
				"POLICE_110" }) List<Channel> verifyChannels,
		@DefaultValue("B") AreaClass defaultAreaClass, Map<Tier, List<String>> tierLevels,
		@DefaultValue("0.8") double warnShare, @DefaultValue("50") double duplicateRadius,
		@DefaultValue("72h") Duration duplicateWindow, @DefaultValue("1s") Duration sweepInterval,
		@DefaultValue("5000") int sweepBatch, @DefaultValue("false") boolean autoEscalateOverdue,
		@DefaultValue("100000") long countEstimateAbove) {

	public CasesProperties {
		if (tierLevels == null || tierLevels.isEmpty()) {
			tierLevels = Map.of(Tier.MINOR, List.of("微网格"), Tier.GENERAL, List.of("社区", "居委", "村", "小网格"),
					Tier.SERIOUS, List.of("街道", "镇", "乡", "大网格"), Tier.MAJOR, List.of("区", "县", "市"));
		}
	}
}
