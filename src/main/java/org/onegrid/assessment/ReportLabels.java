package org.onegrid.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly report's column and sheet titles, in Chinese (the default) or English, and the order of each object
 * type's indicators, so that a report has the same columns whether or not the month has any rows.
 */
final class ReportLabels {

	private static final Map<String, String[]> DEPARTMENT = new LinkedHashMap<>();

	private static final Map<String, String[]> GRID = new LinkedHashMap<>();

	private static final Map<String, String[]> CHANNEL = new LinkedHashMap<>();

	private static final Map<String, String[]> WORKER = new LinkedHashMap<>();

	private static final Map<String, String[]> OPERATOR = new LinkedHashMap<>();

	static {
		DEPARTMENT.put("toHandle", new String[] { "应处置数", "To handle" });
		DEPARTMENT.put("handled", new String[] { "处置数", "Handled" });
		DEPARTMENT.put("handledRate", new String[] { "处置率", "Handled rate" });
		DEPARTMENT.put("onTimeHandled", new String[] { "按期处置数", "Handled on time" });
		DEPARTMENT.put("onTimeHandledRate", new String[] { "按期处置率", "On-time handling rate" });
		DEPARTMENT.put("closed", new String[] { "结案数", "Closed" });
		DEPARTMENT.put("closureRate", new String[] { "结案率", "Closure rate" });
		DEPARTMENT.put("medianHandlingHours", new String[] { "处置时长中位数(小时)", "Median handling time (hours)" });
		DEPARTMENT.put("reworked", new String[] { "返工数", "Reworked" });
		DEPARTMENT.put("reworkRate", new String[] { "返工率", "Rework rate" });
		DEPARTMENT.put("postponed", new String[] { "延期数", "Postponed" });
		DEPARTMENT.put("postponementRate", new String[] { "延期率", "Postponement rate" });
		DEPARTMENT.put("overduePending", new String[] { "超期待处置数", "Overdue pending" });
		DEPARTMENT.put("overduePendingRate", new String[] { "超期待处置率", "Overdue pending rate" });
		DEPARTMENT.put("evaluated", new String[] { "回访数", "Evaluated" });
		DEPARTMENT.put("satisfied", new String[] { "满意数", "Satisfied" });
		DEPARTMENT.put("satisfactionRate", new String[] { "满意率", "Satisfaction rate" });
		DEPARTMENT.put("assisting", new String[] { "协办数", "Assisting" });
		DEPARTMENT.put("assistedOnTime", new String[] { "按时协办数", "Assisted on time" });
		DEPARTMENT.put("cooperationRate", new String[] { "协同配合度", "Cooperation rate" });
		GRID.put("reported", new String[] { "案件数", "Reported" });
		GRID.put("patrolFound", new String[] { "巡查发现数", "Found by patrol" });
		GRID.put("discoveryRate", new String[] { "巡查发现率", "Discovery rate" });
		GRID.put("citizenReported", new String[] { "市民上报数", "Reported by citizens" });
		GRID.put("citizenShare", new String[] { "市民上报占比", "Citizen share" });
		GRID.put("filed", new String[] { "立案数", "Filed" });
		GRID.put("closed", new String[] { "结案数", "Closed" });
		GRID.put("closureRate", new String[] { "结案率", "Closure rate" });
		GRID.put("onTimeClosed", new String[] { "按期结案数", "Closed on time" });
		GRID.put("onTimeClosureRate", new String[] { "按期结案率", "On-time closure rate" });
		GRID.put("teamVacancies", new String[] { "网格队伍缺员数", "Team vacancies" });
		GRID.put("teamComplete", new String[] { "网格队伍配齐", "Team complete" });
		CHANNEL.put("reported", new String[] { "受理量", "Volume" });
		CHANNEL.put("closed", new String[] { "办结数", "Closed" });
		CHANNEL.put("onTimeReplied", new String[] { "按时答复数", "Replied on time" });
		CHANNEL.put("onTimeReplyRate", new String[] { "按时答复率", "On-time reply rate" });
		CHANNEL.put("evaluated", new String[] { "回访数", "Called back" });
		CHANNEL.put("satisfied", new String[] { "满意数", "Satisfied" });
		CHANNEL.put("satisfactionRate", new String[] { "回访满意率", "Satisfaction on callback" });
		WORKER.put("reports", new String[] { "上报数", "Reported" });
		WORKER.put("validReports", new String[] { "有效上报数", "Valid reports" });
		WORKER.put("validRate", new String[] { "有效上报率", "Valid rate" });
		WORKER.put("verifications", new String[] { "核实数", "Verified" });
		WORKER.put("onTimeVerifications", new String[] { "按时核实数", "Verified on time" });
		WORKER.put("onTimeVerificationRate", new String[] { "按时核实率", "On-time verification rate" });
		WORKER.put("checks", new String[] { "核查数", "Checked" });
		WORKER.put("onTimeChecks", new String[] { "按时核查数", "Checked on time" });
		WORKER.put("onTimeCheckRate", new String[] { "按时核查率", "On-time check rate" });
		WORKER.put("missed", new String[] { "漏报数", "Missed" });
		WORKER.put("missedRate", new String[] { "漏报率", "Missed rate" });
		WORKER.put("selfHandled", new String[] { "自处理数", "Self-handled" });
		WORKER.put("workingDays", new String[] { "工作日数", "Working days" });
		WORKER.put("attendanceDays", new String[] { "出勤天数", "Days present" });
		WORKER.put("attendanceRate", new String[] { "出勤率", "Attendance rate" });
		WORKER.put("patrolDays", new String[] { "巡查天数", "Patrol days" });
		WORKER.put("servedGrids", new String[] { "负责网格数", "Grids served" });
		WORKER.put("patrolledGrids", new String[] { "已巡网格数", "Grids patrolled" });
		WORKER.put("patrolCoverage", new String[] { "巡查覆盖率", "Patrol coverage" });
		WORKER.put("spotChecks", new String[] { "定位督查次数", "Spot checks" });
		WORKER.put("spotCheckPassRate", new String[] { "在岗在位率", "Spot check pass rate" });
		WORKER.put("patrolWeeks", new String[] { "巡查频次考核周数", "Weeks with a patrol minimum" });
		WORKER.put("patrolWeeksMet", new String[] { "巡查频次达标周数", "Weeks the minimum was met" });
		WORKER.put("patrolMinimumRate", new String[] { "巡查频次达标率", "Patrol minimum rate" });
		WORKER.put("offlineScore", new String[] { "线下考核得分", "Offline assessment score" });
		WORKER.put("offlineRate", new String[] { "线下考核得分率", "Offline assessment rate" });
		OPERATOR.put("accepted", new String[] { "受理数", "Accepted" });
		OPERATOR.put("onTimeAccepted", new String[] { "按时受理数", "Accepted on time" });
		OPERATOR.put("onTimeAcceptRate", new String[] { "按时受理率", "On-time accept rate" });
		OPERATOR.put("filed", new String[] { "立案数", "Filed" });
		OPERATOR.put("onTimeFiled", new String[] { "按时立案数", "Filed on time" });
		OPERATOR.put("onTimeFileRate", new String[] { "按时立案率", "On-time filing rate" });
		OPERATOR.put("accurateFiled", new String[] { "准确立案数", "Filed accurately" });
		OPERATOR.put("accurateFilingRate", new String[] { "立案准确率", "Filing accuracy" });
		OPERATOR.put("dispatched", new String[] { "派遣数", "Dispatched" });
		OPERATOR.put("onTimeDispatched", new String[] { "按时派遣数", "Dispatched on time" });
		OPERATOR.put("onTimeDispatchRate", new String[] { "按时派遣率", "On-time dispatch rate" });
		OPERATOR.put("accurateDispatched", new String[] { "准确派遣数", "Dispatched accurately" });
		OPERATOR.put("accurateDispatchRate", new String[] { "派遣准确率", "Dispatch accuracy" });
	}

	private final boolean english;

	ReportLabels(boolean english) {
		this.english = english;
	}

	/** The indicators of the type, in report order, with their Chinese and English names. */
	static List<IndicatorName> names(ObjectType type) {
		return of(type).entrySet().stream()
			.map(entry -> new IndicatorName(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
			.toList();
	}

	/** The indicators of the type, in report order. */
	static List<String> indicators(ObjectType type) {
		return List.copyOf(of(type).keySet());
	}

	/**
	 * Whether the indicator is a share from 0 to 1 that a scorecard can weigh: a rate, a share, a coverage, or
	 * whether a grid's team is complete; counts and hours are not.
	 */
	static boolean isShare(String indicator) {
		return indicator.endsWith("Rate") || indicator.endsWith("Share") || indicator.endsWith("Coverage")
				|| indicator.equals("teamComplete");
	}

	/** The header row: month, revision, as-of time (in {@code zone}), object, its name, then each indicator. */
	List<String> header(ObjectType type, String zone) {
		List<String> header = new ArrayList<>(List.of(pick("月份", "Month"), pick("修订版本", "Revision"),
				pick("统计截至(" + zone + ")", "As of (" + zone + ")"), object(type), pick("名称", "Name")));
		of(type).values().forEach(names -> header.add(pick(names[0], names[1])));
		return header;
	}

	String sheet(ObjectType type) {
		return switch (type) {
			case DEPARTMENT -> pick("职能部门", "Departments");
			case GRID -> pick("网格", "Grids");
			case CHANNEL -> pick("受理渠道", "Channels");
			case WORKER -> pick("网格员", "Grid workers");
			case OPERATOR -> pick("受理派遣人员", "Operators");
		};
	}

	String live() {
		return pick("实时(未关账)", "live (not closed)");
	}

	private String object(ObjectType type) {
		return switch (type) {
			case DEPARTMENT -> pick("部门", "Department");
			case GRID -> pick("网格", "Grid");
			case CHANNEL -> pick("渠道", "Channel");
			case WORKER, OPERATOR -> pick("账号", "Account");
		};
	}

	private String pick(String chinese, String englishText) {
		return english ? englishText : chinese;
	}

	private static Map<String, String[]> of(ObjectType type) {
		return switch (type) {
			case DEPARTMENT -> DEPARTMENT;
			case GRID -> GRID;
			case CHANNEL -> CHANNEL;
			case WORKER -> WORKER;
			case OPERATOR -> OPERATOR;
		};
	}
}
