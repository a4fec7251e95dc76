const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

/**
 * How the field page writes what the server sends: states, channels, actions and categories by their names in the
 * reader's language (Chinese first), times in the district's zone, and deadlines as the time left or overdue.
 */
export function createFormat(t, locale, zone, categories) {

	const chinese = () => locale.value === 'zh-CN';

	/** A display label {zh, en} in the reader's language. */
	function label(value) {
		if (!value) {
			return '';
		}
		return chinese() ? value.zh : value.en || value.zh;
	}

	function category(kind, code) {
		const found = categories.value.find((minor) => minor.code === code && (!kind || minor.kind === kind));
		if (!found) {
			return code;
		}
		return chinese() ? found.nameZh : found.nameEn || found.nameZh;
	}

	const channel = (code) => t(`channel.${code}`);

	const action = (slug) => t(`action.${slug}`);

	/** A role's name; a role the district added itself shows its code. */
	function role(code) {
		const text = t(`role.${code}`);
		return text === `role.${code}` ? code : text;
	}

	/** A moment in the district's zone, such as 12月4日 14:05. */
	function time(instant) {
		if (!instant) {
			return '';
		}
		return new Intl.DateTimeFormat(locale.value, { timeZone: zone.value, month: 'short', day: 'numeric',
			hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(instant));
	}

	/** Time left until a deadline (还剩 3 小时), or how far past it (超期 2 天); null without a deadline. */
	function deadline(instant, now = Date.now()) {
		if (!instant) {
			return null;
		}
		const left = new Date(instant).getTime() - now;
		const span = Math.abs(left);
		const amount = span >= DAY ? t('span.days', Math.floor(span / DAY))
			: span >= HOUR ? t('span.hours', Math.floor(span / HOUR))
				: t('span.minutes', Math.max(1, Math.floor(span / 60000)));
		return { overdue: left < 0, text: t(left < 0 ? 'deadline.overdue' : 'deadline.left', amount) };
	}

	return { label, category, channel, action, role, time, deadline };
}
