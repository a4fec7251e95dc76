package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.BinaryResponse;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.onegrid.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The monthly report downloads of August 2028 (a month no other test uses) carry exactly the figures the JSON
 * indicators give: the CSV opens in Excel (UTF-8 with BOM, Chinese headers unless English is asked for, local
 * times), and the workbook has a sheet per object type.
 */
@IntegrationTest
class AssessmentReportIntegrationTests {

	private static final String REPORT = "/api/v1/assessment/months/2028-08/report.";

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	CaseFixtures cases;

	private static boolean prepared;

	private static String otherGrid;

	/**
	 * Once for the class: two cases dispatched to municipal-works on 2 August, one of them closed, and a case reported
	 * outside street S91, in another layer's grid.
	 */
	@BeforeEach
	void setUp() {
		cases = new CaseFixtures(api);
		if (prepared) {
			clock.setShanghai("2028-09-05T09:00");
			return;
		}
		prepared = true;
		clock.setShanghai("2028-08-02T09:00");
		long closed = dispatched();
		dispatched();
		cases.ok(closed, "sign", "");
		cases.ok(closed, "feedback", "\"note\":\"已处理 / Done\"");
		cases.ok(closed, "check", "\"passed\":true");
		cases.ok(closed, "close", "\"conditionMet\":true");
		long outside = cases.withLayerWithoutStreet().report(CaseFixtures.reportOf("PATROL", "COMPONENT", "0201",
				CaseFixtures.NO_STREET_LON, CaseFixtures.NO_STREET_LAT, "")).path("id").asLong();
		otherGrid = cases.get(outside).path("handlingGrid").asString();
		clock.setShanghai("2028-09-05T09:00");
		AssessmentMonthIntegrationTests.awaitFacts(jdbc);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void csvOpensInExcelWithChineseHeadersLocalTimesAndTheJsonFigures() {
		BinaryResponse response = api.getBytes(REPORT + "csv?objectType=department");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("text/csv");
		assertThat(response.disposition()).contains("assessment-2028-08-department.csv");
		assertThat(Arrays.copyOf(response.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
		List<List<String>> csv = csv(response);
		assertThat(csv.get(0)).startsWith("月份", "修订版本", "统计截至(Asia/Shanghai)", "部门", "名称", "应处置数", "处置数");
		assertThat(csv.get(0)).contains("结案率", "满意率");
		assertThat(csv.get(0)).hasSize(5 + 20).endsWith("协办数", "按时协办数", "协同配合度");

		Map<String, Map<String, String>> json = indicators("department");
		assertThat(json).containsKey("municipal-works");
		assertThat(json.get("municipal-works")).containsEntry("toHandle", "2").containsEntry("closureRate", "0.5");
		assertThat(csv).hasSize(1 + json.size());
		for (List<String> row : csv.subList(1, csv.size())) {
			assertThat(row.get(0)).isEqualTo("2028-08");
			assertThat(row.get(1)).isEqualTo("实时(未关账)");
			assertThat(row.get(2)).isEqualTo("2028-09-01 00:00:00");
			assertThat(values(row, json.get(row.get(3)).keySet())).isEqualTo(json.get(row.get(3)));
		}
		assertThat(csv).anySatisfy(row -> assertThat(row.subList(3, 5)).containsExactly("municipal-works", "市政"));
	}

	@Test
	void csvHeadersAreEnglishWhenAskedForByParameterOrByAcceptLanguage() {
		assertThat(csv(api.getBytes(REPORT + "csv?objectType=grid&lang=en")).get(0)).startsWith("Month", "Revision",
				"As of (Asia/Shanghai)", "Grid", "Name", "Reported", "Found by patrol", "Discovery rate");
		assertThat(csv(api.getBytes(REPORT + "csv?objectType=department", "Accept-Language", "en-US,en;q=0.9"))
			.get(0)).contains("Department", "Closure rate");
		assertThat(csv(api.getBytes(REPORT + "csv?objectType=department&lang=en")))
			.anySatisfy(row -> assertThat(row.subList(3, 5)).containsExactly("municipal-works", "Municipal works"));
		assertThat(csv(api.getBytes(REPORT + "csv?objectType=department&lang=zh", "Accept-Language", "en-US"))
			.get(0)).contains("部门", "结案率");
	}

	@Test
	void xlsxHasASheetPerObjectTypeWithTheJsonFigures() throws IOException {
		BinaryResponse response = api.getBytes(REPORT + "xlsx");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).contains("spreadsheetml");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
			assertThat(workbook.getSheetName(0)).isEqualTo("职能部门");
			assertThat(workbook.getSheetName(1)).isEqualTo("网格");
			assertThat(workbook.getSheetName(2)).isEqualTo("受理渠道");
			assertThat(workbook.getSheetName(3)).isEqualTo("网格员");
			assertThat(workbook.getSheetName(4)).isEqualTo("受理派遣人员");
			Sheet departments = workbook.getSheet("职能部门");
			List<String> header = new ArrayList<>();
			departments.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
			assertThat(header).startsWith("月份", "修订版本", "统计截至(Asia/Shanghai)", "部门", "名称", "应处置数");
			Map<String, Map<String, String>> json = indicators("department");
			assertThat(departments.getLastRowNum()).isEqualTo(json.size());
			for (int r = 1; r <= departments.getLastRowNum(); r++) {
				Row row = departments.getRow(r);
				Map<String, String> expected = json.get(row.getCell(3).getStringCellValue());
				assertThat(row.getCell(2).getStringCellValue()).isEqualTo("2028-09-01 00:00:00");
				assertThat(number(row, header.indexOf("应处置数"))).isEqualTo(expected.get("toHandle"));
				assertThat(number(row, header.indexOf("结案率"))).isEqualTo(expected.get("closureRate"));
				assertThat(number(row, header.indexOf("处置率"))).isEqualTo(expected.get("handledRate"));
			}
			assertThat(workbook.getSheet("网格").getRow(0).getCell(3).getStringCellValue()).isEqualTo("网格");
			assertThat(workbook.getSheet("网格").getLastRowNum()).isEqualTo(indicators("grid").size());
			assertThat(workbook.getSheet("受理渠道").getRow(0).getCell(3).getStringCellValue()).isEqualTo("渠道");
			assertThat(workbook.getSheet("受理渠道").getLastRowNum()).isEqualTo(indicators("channel").size());
		}
	}

	@Test
	void rejectsAnUnknownObjectTypeMonthOrLanguageFieldByField() {
		Response response = api.get(REPORT.replace("2028-08", "2028-13") + "csv?objectType=street&lang=fr");
		assertThat(response.status()).isEqualTo(400);
		assertThat(CaseFixtures.errors(response, 400)).contains("month:FORMAT", "objectType:UNKNOWN", "lang:ONE_OF");
	}

	@Test
	void aStreetLeaderSeesEveryDepartmentButOnlyTheGridsOfTheirStreet() {
		TestStaff.unitWith(api, "case-s91", "STREET", "case-d9", "ops", "S91", "leader");
		TestApi leader = api.as("leader-case-s91", TestStaff.PASSWORD);
		assertThat(otherGrid).isNotEqualTo("C911");
		assertThat(indicators(api, "grid")).containsKeys("C911", otherGrid);

		assertThat(indicators(leader, "grid")).containsKey("C911").doesNotContainKey(otherGrid);
		assertThat(indicators(leader, "department")).isEqualTo(indicators(api, "department"));
		Response scores = leader.get("/api/v1/assessment/scores?period=2028-08&objectType=grid");
		assertThat(scores.status()).isEqualTo(200);
		List<String> scored = new ArrayList<>();
		scores.body().path("rows").forEach(row -> scored.add(row.path("object").asString()));
		assertThat(scored).contains("C911").doesNotContain(otherGrid);
		List<List<String>> csv = csv(leader.getBytes(REPORT + "csv?objectType=grid"));
		assertThat(csv.subList(1, csv.size())).extracting(row -> row.get(3)).contains("C911")
			.doesNotContain(otherGrid);
	}

	private long dispatched() {
		long id = cases.filed("");
		cases.ok(id, "dispatch", "\"department\":\"municipal-works\"");
		return id;
	}

	/** The JSON indicators of the month by object, each value as plain text without trailing zeros. */
	private Map<String, Map<String, String>> indicators(String type) {
		return indicators(api, type);
	}

	private static Map<String, Map<String, String>> indicators(TestApi caller, String type) {
		Response response = caller.get("/api/v1/assessment/indicators?period=2028-08&objectType=" + type);
		assertThat(response.status()).isEqualTo(200);
		Map<String, Map<String, String>> byObject = new LinkedHashMap<>();
		for (JsonNode row : response.body().path("rows")) {
			Map<String, String> values = new LinkedHashMap<>();
			row.path("values").properties()
				.forEach(e -> values.put(e.getKey(), AssessmentMonthIntegrationTests.number(e.getValue())));
			byObject.put(row.path("object").asString(), values);
		}
		return byObject;
	}

	/** The CSV row's indicator cells, in the JSON's order, which is also the header's. */
	private static Map<String, String> values(List<String> row, Iterable<String> indicators) {
		Map<String, String> values = new LinkedHashMap<>();
		int column = 5;
		for (String indicator : indicators) {
			String cell = row.get(column++);
			values.put(indicator, cell.isEmpty() ? "null" : new BigDecimal(cell).stripTrailingZeros().toPlainString());
		}
		return values;
	}

	private static String number(Row row, int column) {
		return row.getCell(column) == null ? "null"
				: BigDecimal.valueOf(row.getCell(column).getNumericCellValue()).stripTrailingZeros().toPlainString();
	}

	/** The CSV's rows split into cells; none of this report's cells need quoting. */
	private static List<List<String>> csv(BinaryResponse response) {
		String text = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF").endsWith("\r\n");
		List<List<String>> rows = new ArrayList<>();
		for (String line : text.substring(1).split("\r\n")) {
			rows.add(List.of(line.split(",", -1)));
		}
		return rows;
	}
}
