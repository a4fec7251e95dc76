package org.onegrid.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onegrid.access.Grant;
import org.springframework.stereotype.Service;

/**
 * Counts of the cases a reader may see, for overview screens that poll them. Only the reader's cases are counted
 * (see {@link Grant}); a reader who sees everything counts the whole district. A reader who sees the whole district,
 * or one grid above the leaf, is answered from the counts the database keeps in step with every change to a case,
 * for periods from midnight to midnight in the calendar's zone: a few rows, however many cases there are. Any other
 * reader or period is answered by reading the cases, through their indexes. Both give the same figures.
 */
@Service
public class CaseTallies {

	private final RawTallies raw;

	private final KeptTallies kept;

	private final IntakeChannels channels;

	CaseTallies(RawTallies raw, KeptTallies kept, IntakeChannels channels) {
		this.raw = raw;
		this.kept = kept;
		this.channels = channels;
	}

	/** Open cases under one grid of a level: how many, and how many of them overdue (red light). */
	public record GridTally(String layer, String code, String name, long open, long overdue) {
	}

	/** Open cases, and how many of them are overdue (red light). */
	public record OpenTally(long open, long overdue) {
	}

	/** Cases of one minor class. */
	public record CategoryTally(String kind, String minorCode, long count) {
	}

	/**
	 * Cases closed in a period, apart from those a worker fixed on the spot, and how many of them the department
	 * handled within its deadline.
	 */
	public record OnTime(long closed, long onTime) {
	}

	/**
	 * Cases reported in {@code [from, to)}, by the code of the channel they came in on (the district's own channels
	 * apart from the built-in ones); every channel is present, with zero when none came in.
	 */
	public Map<String, Long> reportedByChannel(Instant from, Instant to, Grant reader) {
		Map<String, Long> counts = new LinkedHashMap<>();
		channels.list().forEach(channel -> counts.put(channel.code(), 0L));
		Optional<String> key = kept.keyFor(reader);
		Optional<LocalDate[]> days = days(from, to);
		if (key.isPresent() && days.isPresent()) {
			kept.byDay(key.get(), "reported", days.get()[0], days.get()[1])
				.forEach((code, n) -> counts.merge(code, n, Long::sum));
			outside(reader, key.get()).ifPresent(f -> raw.reportedByChannel(f, from, to)
				.forEach((code, n) -> counts.merge(code, n, Long::sum)));
		}
		else {
			raw.reportedByChannel(CaseFilters.of(CaseQuery.all(), reader), from, to)
				.forEach((code, n) -> counts.merge(code, n, Long::sum));
		}
		return counts;
	}

	/** The open cases and the overdue ones among them. */
	public OpenTally open(Grant reader) {
		Optional<String> key = kept.keyFor(reader);
		if (key.isEmpty()) {
			return raw.open(CaseFilters.of(CaseQuery.all(), reader));
		}
		Map<String, Map<String, Long>> now = kept.now(key.get(), List.of("open", "red"));
		OpenTally mine = outside(reader, key.get()).map(raw::open).orElse(new OpenTally(0, 0));
		return new OpenTally(now.get("open").getOrDefault("", 0L) + mine.open(),
				now.get("red").getOrDefault("", 0L) + mine.overdue());
	}

	/**
	 * Open cases by the grid of the level named {@code levelName} (such as 街道) on each case's trail in its primary
	 * layer, most open first; a case whose trail has no grid of that level is not counted.
	 */
	public List<GridTally> openByLevel(String levelName, Grant reader) {
		Optional<String> key = kept.keyFor(reader);
		if (key.isEmpty()) {
			return TallyOrder.mostOpen(raw.openByLevel(CaseFilters.of(CaseQuery.all(), reader), levelName));
		}
		Map<String, GridTally> grids = new LinkedHashMap<>();
		Map<String, Map<String, Long>> now = kept.now(key.get(), List.of("open_at", "red_at"));
		now.get("open_at").forEach((dimension, open) -> {
			String[] grid = KeptTallies.parts(dimension);
			if (grid.length == 4 && grid[2].equals(levelName)) {
				long overdue = now.get("red_at").getOrDefault(dimension, 0L);
				TallyOrder.merge(grids, new GridTally(grid[0], grid[1], grid[3], open, overdue));
			}
		});
		outside(reader, key.get())
			.ifPresent(f -> raw.openByLevel(f, levelName).forEach(t -> TallyOrder.merge(grids, t)));
		return TallyOrder.mostOpen(grids.values());
	}

	/** The {@code limit} minor classes most reported in {@code [from, to)}, most first. */
	public List<CategoryTally> topCategories(Instant from, Instant to, int limit, Grant reader) {
		Optional<String> key = kept.keyFor(reader);
		Optional<LocalDate[]> days = days(from, to);
		if (key.isEmpty() || days.isEmpty()) {
			return raw.categories(CaseFilters.of(CaseQuery.all(), reader), from, to, limit);
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		kept.byDay(key.get(), "category", days.get()[0], days.get()[1])
			.forEach((dim, n) -> counts.merge(dim, n, Long::sum));
		outside(reader, key.get()).ifPresent(f -> raw.categories(f, from, to, Integer.MAX_VALUE)
			.forEach(t -> counts.merge(t.kind() + "\u001f" + t.minorCode(), t.count(), Long::sum)));
		List<CategoryTally> tallies = new ArrayList<>();
		counts.forEach((dimension, n) -> {
			String[] category = KeptTallies.parts(dimension);
			tallies.add(new CategoryTally(category[0], category[1], n));
		});
		return TallyOrder.mostReported(tallies).stream().limit(limit).toList();
	}

	/**
	 * Cases closed (结案) in {@code [from, to)} and how many were handled on time (按期处置): the last feedback came
	 * within the handling deadline. Self-handled cases had no deadline and are left out.
	 */
	public OnTime closedOnTime(Instant from, Instant to, Grant reader) {
		Optional<String> key = kept.keyFor(reader);
		Optional<LocalDate[]> days = days(from, to);
		if (key.isEmpty() || days.isEmpty()) {
			return raw.closedOnTime(CaseFilters.of(CaseQuery.all(), reader), from, to);
		}
		long closed = kept.byDay(key.get(), "closed", days.get()[0], days.get()[1]).getOrDefault("", 0L);
		long onTime = kept.byDay(key.get(), "on_time", days.get()[0], days.get()[1]).getOrDefault("", 0L);
		OnTime mine = outside(reader, key.get()).map(f -> raw.closedOnTime(f, from, to)).orElse(new OnTime(0, 0));
		return new OnTime(closed + mine.closed(), onTime + mine.onTime());
	}

	/** The cases the reader sees beyond the kept key's: those they reported elsewhere. */
	private static Optional<CaseFilters> outside(Grant reader, String key) {
		return KeptTallies.DISTRICT.equals(key) ? Optional.empty()
				: Optional.of(CaseFilters.reportedOutside(CaseQuery.all(), reader.username(), key));
	}

	/** The days {@code [from, to)} covers, when both are midnights in the calendar's zone. */
	private Optional<LocalDate[]> days(Instant from, Instant to) {
		Optional<LocalDate> end = kept.dayStarting(to);
		return kept.dayStarting(from).flatMap(first -> end.map(last -> new LocalDate[] { first, last }));
	}
}
