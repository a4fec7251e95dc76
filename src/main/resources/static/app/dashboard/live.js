/**
 * Counts a feed line into figures already on screen, so that the screen moves the moment a case comes in without
 * asking the server again. Lines the figures already counted (ids up to their feedId) are skipped. The figures are
 * read afresh every minute as well, which puts right anything a line cannot say (a case closed, a new month).
 */
export function countLine(figures, line) {
	if (!figures || line.id <= figures.feedId) {
		return;
	}
	const street = figures.streets.find((candidate) => candidate.name === line.street);
	if (line.kind === 'REPORTED') {
		figures.intakeToday[line.channel] = (figures.intakeToday[line.channel] || 0) + 1;
		figures.intakeTotal += 1;
		figures.open += 1;
		if (street) {
			street.open += 1;
		}
		else if (line.street) {
			figures.streets.push({ name: line.street, code: line.street, open: 1, overdue: 0 });
		}
		bump(figures.topToday, line);
		bump(figures.topMonth, line);
	}
	else if (line.kind === 'OVERDUE') {
		figures.overdue += 1;
		if (street) {
			street.overdue += 1;
		}
	}
	figures.feedId = Math.max(figures.feedId, line.id);
}

function bump(categories, line) {
	const found = categories.find((category) => category.code === line.minorCode && category.kind === line.caseKind);
	if (found) {
		found.count += 1;
	}
	else {
		categories.push({ kind: line.caseKind, code: line.minorCode, nameZh: line.categoryZh, nameEn: line.categoryEn, count: 1 });
	}
	categories.sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}
