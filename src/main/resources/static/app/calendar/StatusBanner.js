import { h, inject } from '../vue.js';

/** How long the holiday schedules last: quiet while covered, a warning from 60 days before they run out. */
export const StatusBanner = {
	props: { status: { type: Object, required: true } },
	setup(props) {
		const { t } = inject('i18n');
		function text(status) {
			switch (status.state) {
				case 'RUNNING_OUT':
					return t('status.RUNNING_OUT', status.lastCoveredDay, status.daysLeft,
						status.firstFallbackDay.substring(0, 4));
				case 'FALLBACK':
					return t('status.FALLBACK', status.today.substring(0, 4));
				default:
					return t('status.COVERED', status.lastCoveredDay);
			}
		}
		return () => h('p', {
			id: 'calendar-status',
			class: ['status', props.status.warning ? 'warning' : 'ok'],
			role: props.status.warning ? 'alert' : 'status',
			'data-state': props.status.state,
		}, text(props.status));
	},
};
