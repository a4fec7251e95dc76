package org.onegrid.spotcheck;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.people.Organisation;
import org.onegrid.people.People;
import org.onegrid.people.Person;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the checks that rules call for and keeps their results. A check picks among the grid workers posted at the
 * rule's unit or below it when it is made, so that a later transfer does not rewrite the record, and is made once per
 * rule and time however many instances try. Readers see the results of the workers of the units in their scope.
 */
@Service
public class SpotChecks {

	private final SpotCheckRecords records;

	private final SpotCheckPlan plan;

	private final Whereabouts whereabouts;

	private final Organisation organisation;

	private final People people;

	private final WorkingCalendar calendar;

	SpotChecks(SpotCheckRecords records, SpotCheckPlan plan, Whereabouts whereabouts, Organisation organisation,
			People people, WorkingCalendar calendar) {
		this.records = records;
		this.plan = plan;
		this.whereabouts = whereabouts;
		this.organisation = organisation;
		this.people = people;
		this.calendar = calendar;
	}

	/**
	 * Makes the rule's check due at the slot, once: empty when it was made already, when the rule's unit is gone, or
	 * when no grid worker is posted at the unit to check.
	 */
	@Transactional
	Optional<Long> make(SpotCheckRule rule, SpotCheckPlan.Slot slot) {
		if (records.made(rule.code(), slot.at()) || !organisation.exists(rule.unit())) {
			return Optional.empty();
		}
		List<Person> workers = new ArrayList<>();
		for (String unit : organisation.subtree(rule.unit())) {
			people.list(unit, null, rule.role()).stream().filter(p -> whereabouts.servesAGrid(p.id()))
				.forEach(workers::add);
		}
		if (workers.isEmpty()) {
			return Optional.empty();
		}
		Optional<Long> id = records.claim(rule, slot, calendar.now());
		id.ifPresent(check -> {
			Duration tolerance = Duration.ofMinutes(rule.toleranceMinutes());
			for (Person worker : plan.sample(rule, slot.at(), workers, Person::id)) {
				records.add(check, whereabouts.judge(worker, slot.at(), tolerance));
			}
		});
		return id;
	}

	/** The checks made in [from, to), newest first, with the results of the workers posted at the unit or below it. */
	public List<SpotCheck> list(String unitCode, Instant from, Instant to) {
		return records.list(organisation.subtree(unitCode), null, from, to);
	}

	/** The checks of the person made in [from, to), newest first, each with the person's own result. */
	public List<SpotCheck> ofPerson(long personId, Instant from, Instant to) {
		people.get(personId);
		return records.list(null, personId, from, to);
	}

	/** Each worker's checks due in [from, to) and how many found them in their grids, by person id. */
	public Map<Long, SpotCheckTally> tally(Instant from, Instant to) {
		return records.tally(from, to);
	}
}
