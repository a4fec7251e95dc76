package org.onegrid.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScheduleReaderTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Year Y2027 = Year.of(2027);

	private static List<String> problems(ScheduleDocument document) {
		return document.violations().stream().map(v -> v.field() + ":" + v.code()).toList();
	}

	@Test
	void readsTheShippedHolidayCnFileOf2019WithItsDaysOfDecember2018() throws IOException {
		JsonNode file;
		try (InputStream in = getClass().getResourceAsStream("/calendar/holiday-cn/2019.json")) {
			file = JSON.readTree(in);
		}
		ScheduleDocument document = ScheduleReader.json(Year.of(2019), file);
		assertThat(document.violations()).isEmpty();
		assertThat(document.format).isEqualTo(ScheduleDocument.Format.HOLIDAY_CN);
		YearSchedule schedule = document.schedule(ScheduleSource.LOADED, null, null);
		assertThat(schedule.days()).hasSize(31);
		assertThat(schedule.days().get(LocalDate.of(2018, 12, 29))).isEqualTo(new HolidaySchedule.Entry("元旦", false));
		assertThat(schedule.papers()).isNotEmpty();
	}

	@Test
	void readsAPlainListOfDaysOffAndDaysWorked() {
		ScheduleDocument document = ScheduleReader.json(Y2027, JSON.readTree("""
				{"year":2027,"offDays":["2027-01-01","2027-02-08"],"workDays":["2027-02-06"]}"""));
		assertThat(document.violations()).isEmpty();
		assertThat(document.format).isEqualTo(ScheduleDocument.Format.LIST);
		YearSchedule schedule = document.schedule(ScheduleSource.LOADED, null, null);
		assertThat(schedule.offDays()).isEqualTo(2);
		assertThat(schedule.workedDays()).isEqualTo(1);
	}

	@Test
	void readsTextLinesSkippingCommentsAndBlankLines() {
		ScheduleDocument document = ScheduleReader.lines(Y2027, """
				# 2027 年节假日安排
				2027-01-01 off 元旦

				2027-02-06 班 春节
				2027-02-08 休
				""");
		assertThat(document.violations()).isEmpty();
		YearSchedule schedule = document.schedule(ScheduleSource.LOADED, null, null);
		assertThat(schedule.days()).containsEntry(LocalDate.of(2027, 2, 6), new HolidaySchedule.Entry("春节", false))
			.containsEntry(LocalDate.of(2027, 2, 8), new HolidaySchedule.Entry(null, true));
	}

	@Test
	void namesEveryProblemOfAHolidayCnDocumentByItsPlace() {
		ScheduleDocument document = ScheduleReader.json(Y2027, JSON.readTree("""
				{"year":2026,"papers":"x","extra":1,"days":[
				 {"name":"元旦","date":"2027-01-01","isOffDay":true},
				 {"name":"元旦","date":"2027-01-01","isOffDay":true},
				 {"name":"春节","date":"2027-02-30","isOffDay":true},
				 {"name":"国庆","date":"2028-10-01","isOffDay":"yes"},
				 {"name":7,"date":20270501,"isOffDay":true,"note":"x"},
				 "2027-05-01"]}"""));
		assertThat(problems(document)).containsExactlyInAnyOrder("extra:UNKNOWN_FIELD", "year:YEAR_MISMATCH",
				"papers:NOT_ARRAY", "days[1].date:DUPLICATE", "days[2].date:INVALID_DATE",
				"days[3].date:OUTSIDE_YEAR", "days[3].isOffDay:NOT_BOOLEAN", "days[4].note:UNKNOWN_FIELD",
				"days[4].name:NOT_STRING", "days[4].date:NOT_STRING", "days[5]:NOT_OBJECT");
	}

	@Test
	void refusesAScheduleThatNamesNoDate() {
		assertThat(problems(ScheduleReader.json(Y2027, JSON.readTree("{\"year\":2027,\"papers\":[],\"days\":[]}"))))
			.containsExactly("days:EMPTY");
		assertThat(problems(ScheduleReader.json(Y2027, JSON.readTree("{\"year\":2027}"))))
			.containsExactly("days:REQUIRED");
		assertThat(problems(ScheduleReader.lines(Y2027, "# nothing yet\n"))).containsExactly("body:EMPTY");
	}

	@Test
	void namesEveryProblemOfAPlainListAndOfTextLines() {
		assertThat(problems(ScheduleReader.json(Y2027, JSON.readTree("""
				{"year":"2027","offDays":["2027-01-01", 5],"workDays":["2027-01-01"],"days2":[]}"""))))
			.containsExactlyInAnyOrder("year:NOT_INTEGER", "offDays[1]:NOT_STRING", "workDays[0]:DUPLICATE",
					"days2:UNKNOWN_FIELD");
		assertThat(problems(ScheduleReader.lines(Y2027, "2027-01-01 off 元旦\n2027-01-01 work\nnext year\n"
				+ "2026-06-01 off\n2027-01-01x off\n")))
			.containsExactly("lines[2]:DUPLICATE", "lines[3]:INVALID_LINE", "lines[4]:OUTSIDE_YEAR",
					"lines[5]:INVALID_DATE");
	}

	@Test
	void refusesABodyThatIsNotAnObject() {
		assertThat(problems(ScheduleReader.json(Y2027, JSON.readTree("[\"2027-01-01\"]"))))
			.containsExactly("body:NOT_OBJECT");
	}
}
