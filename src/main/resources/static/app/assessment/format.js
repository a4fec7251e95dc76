/**
 * How figures read: rates, shares and coverage as percentages, counts and hours as numbers, and a missing figure as
 * a dash, never as 0, since "nothing to measure" is not "measured nothing".
 */
const PERCENT = /(Rate|Share|Coverage)$/;

export function figure(code, value, locale) {
	if (value === null || value === undefined) {
		return '—';
	}
	const number = Number(value);
	if (PERCENT.test(code)) {
		return `${(number * 100).toLocaleString(locale, { maximumFractionDigits: 1 })}%`;
	}
	return number.toLocaleString(locale, { maximumFractionDigits: 2 });
}

/** A score's change with its direction, such as ▲ 2.5 or ▼ 1; a dash when there is nothing to compare with. */
export function change(value, locale) {
	if (value === null || value === undefined) {
		return '—';
	}
	const number = Number(value);
	const size = Math.abs(number).toLocaleString(locale, { maximumFractionDigits: 2 });
	return number > 0 ? `▲ ${size}` : number < 0 ? `▼ ${size}` : '0';
}

/** The month before this one in the district's zone, as 2026-11. */
export function lastMonth(zone) {
	const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit' })
		.format(new Date()).split('-').map(Number);
	return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** An instant in the district's zone, to the minute. */
export function instant(value, zone, locale) {
	return value ? new Date(value).toLocaleString(locale, { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' })
		: '—';
}
