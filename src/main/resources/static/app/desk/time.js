import { get } from '../api.js';
import { ref } from '../vue.js';

/**
 * Times as the district reads them: in its configured zone, whatever the zone of the browser, and deadlines as the
 * time left or overdue.
 */
const HOUR = 3_600_000;

/** The zone the district's times are shown in until its calendar has answered. */
const FALLBACK_ZONE = 'Asia/Shanghai';

/** The district's zone as its calendar names it: a ref that holds the fallback until the calendar answers. */
export function useDistrictZone() {
	const zone = ref(FALLBACK_ZONE);
	get('/api/v1/calendar/years').then((calendar) => {
		zone.value = calendar.zone || zone.value;
	}).catch(() => {});
	return zone;
}

/** The date and time parts of an instant in the zone, on the 24-hour clock. */
function partsIn(iso, zone, locale) {
	const parts = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
		timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
		second: '2-digit', hourCycle: 'h23',
	}).formatToParts(new Date(iso));
	return (type) => (parts.find((candidate) => candidate.type === type) || {}).value || '';
}

/** A date and time in the zone, such as 2026-11-22 14:05. */
export function formatTime(iso, zone, locale) {
	if (!iso) {
		return '';
	}
	const part = partsIn(iso, zone, locale);
	return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/** The time of day in the zone, to the second, such as 14:05:09. */
export function formatClock(iso, zone, locale) {
	if (!iso) {
		return '';
	}
	const part = partsIn(iso, zone, locale);
	return `${part('hour')}:${part('minute')}:${part('second')}`;
}

/** How long until a deadline, or how long past it: "还剩 3 小时", "超期 2 天". */
export function untilDeadline(iso, t, now = Date.now()) {
	const left = new Date(iso).getTime() - now;
	const span = Math.abs(left);
	let amount;
	if (span < HOUR) {
		amount = t('time.minutes', Math.max(1, Math.floor(span / 60_000)));
	}
	else if (span < 48 * HOUR) {
		amount = t('time.hours', Math.floor(span / HOUR));
	}
	else {
		amount = t('time.days', Math.floor(span / (24 * HOUR)));
	}
	return { overdue: left < 0, text: t(left < 0 ? 'time.overdue' : 'time.left', amount) };
}
