import { h, inject } from '../vue.js';
import { formatTime, untilDeadline } from './time.js';

/** A case's light and its deadline as time left or overdue, with the exact time in the district's zone as a hint. */
export const DeadlineBadge = {
	props: { light: String, deadline: String, zone: String, paused: Boolean },
	setup(props) {
		const { t, locale } = inject('i18n');
		return () => {
			if (!props.deadline) {
				return h('span', { class: 'deadline none' }, t('light.none'));
			}
			const left = untilDeadline(props.deadline, t);
			const light = (props.light || 'GREEN').toLowerCase();
			return h('span', { class: ['deadline', `light-${light}`], title: t('time.deadlineAt',
				formatTime(props.deadline, props.zone, locale.value)) }, [
				h('span', { class: 'light-dot', 'aria-hidden': 'true' }),
				h('span', { class: 'visually-hidden' }, `${t(`light.${props.light || 'GREEN'}`)}: `),
				props.paused ? t('time.paused') : left.text,
			]);
		};
	},
};
