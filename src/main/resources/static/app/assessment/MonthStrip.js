import { get, send } from '../api.js';
import { h, inject, onMounted, ref } from '../vue.js';
import { instant } from './format.js';

/**
 * The month's standing for the monthly notice (通报): closed or still live, its latest published revision and when
 * and by whom it was closed, the downloads (CSV per object type, the Excel workbook), the printable ranking notice
 * (排名通报) of the object type on show, in the page's language, and for those who may, closing
 * the month, which publishes its figures as the next revision.
 */
export const MonthStrip = {
	props: { month: { type: String, required: true }, objectType: { type: String, required: true }, canClose: Boolean,
		context: { type: Object, required: true } },
	emits: ['closed'],
	setup(props, { emit }) {
		const { t, locale } = inject('i18n');
		const report = ref(null);

		async function load() {
			await props.context.guard(async () => {
				report.value = await get(`/api/v1/assessment/months/${props.month}`);
			});
		}

		async function close() {
			const closed = await props.context.guard(() => send('POST', `/api/v1/assessment/months/${props.month}/close`));
			if (closed) {
				await load();
				emit('closed');
			}
		}

		onMounted(load);

		const lang = () => (locale.value === 'en' ? 'en' : 'zh');
		const file = (name, query) => `/api/v1/assessment/months/${props.month}/${name}?lang=${lang()}${query}`;
		const notice = () => `/api/v1/assessment/notices?period=${props.month}&objectType=${props.objectType}&lang=${lang()}`;

		return () => {
			const latest = report.value && report.value.latest;
			return h('section', { id: 'month-strip', 'aria-labelledby': 'month-heading' }, [
				h('h2', { id: 'month-heading' }, t('month.heading', props.month)),
				h('p', { id: 'month-state', 'data-closed': String(Boolean(latest)) }, latest
					? t('month.closed', latest.revision, instant(latest.closedAt, props.context.zone.value, locale.value),
						latest.closedBy)
					: t('month.live')),
				h('p', { class: 'downloads' }, [
					h('a', { id: 'download-xlsx', href: file('report.xlsx', '') }, t('month.xlsx')),
					h('a', { id: 'download-csv', href: file('report.csv', '&objectType=DEPARTMENT') }, t('month.csv')),
					h('a', { id: 'ranking-notice', href: notice(), target: '_blank', rel: 'noopener' }, t('month.notice')),
				]),
				props.canClose ? h('button', { type: 'button', id: 'close-month', class: 'primary', onClick: close },
					latest ? t('month.closeAgain') : t('month.close')) : null,
			]);
		};
	},
};
