import { get } from '../api.js';
import { h, inject, onMounted, ref } from '../vue.js';

/**
 * The cases behind one worker's or operator's figures in the month: for each indicator, the cases that counted and
 * those that did not, with the reason, each opening in the workbench.
 */
export const PersonCases = {
	props: { username: { type: String, required: true }, month: { type: String, required: true },
		type: { type: String, required: true }, names: { type: Array, required: true },
		context: { type: Object, required: true } },
	emits: ['close'],
	setup(props, { emit }) {
		const { t, locale } = inject('i18n');
		const lines = ref(null);

		onMounted(() => props.context.guard(async () => {
			const answer = await get(`/api/v1/assessment/people/${encodeURIComponent(props.username)}/cases`,
				{ period: props.month, objectType: props.type });
			lines.value = answer.lines;
		}));

		const known = (key) => (t(key) === key ? null : t(key));
		const reason = (line) => (line.counted ? t('cases.counted') : t('cases.notCounted',
			known(`reason.${line.reason}`) || known(`channel.${line.reason}`) || line.reason || '—'));
		const indicator = (code) => {
			const name = props.names.find((candidate) => candidate.code === code);
			return name ? (locale.value === 'en' ? name.nameEn : name.nameZh) : code;
		};

		return () => h('section', { id: 'person-cases', 'aria-labelledby': 'person-cases-heading' }, [
			h('h2', { id: 'person-cases-heading' }, t('cases.heading', props.username)),
			h('button', { type: 'button', class: 'link', id: 'person-cases-close', onClick: () => emit('close') },
				t('cases.close')),
			lines.value === null ? h('p', { class: 'muted' }, t('loading'))
				: lines.value.length === 0 ? h('p', { class: 'muted' }, t('cases.none'))
					: h('table', { id: 'person-cases-table' }, [
						h('thead', h('tr', ['indicator', 'case', 'counted'].map((column) =>
							h('th', { scope: 'col' }, t(`cases.${column}`))))),
						h('tbody', lines.value.map((line) => h('tr', { 'data-case': String(line.caseId),
							'data-counted': String(line.counted) }, [
							h('td', indicator(line.indicator)),
							h('td', h('a', { href: `/#case-${line.caseId}` }, String(line.caseId))),
							h('td', reason(line)),
						]))),
					]),
		]);
	},
};
