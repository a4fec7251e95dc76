/** A day as text: its kind, the holiday's name, and a mark when the kind is only estimated. */
export function dayLabel(t, day) {
	const parts = [t(`kind.${day.kind}`)];
	if (day.holiday) {
		parts.push(day.holiday);
	}
	if (day.fallback) {
		parts.push(t('basis.FALLBACK'));
	}
	return parts.join(' ');
}
