import { send } from '../api.js';
import { h, inject, ref } from '../vue.js';

const ANSWERS = ['SATISFIED', 'MOSTLY_SATISFIED', 'DISSATISFIED'];

/**
 * Following one's own case: the ticket number and the tracking code open its state, deadline and public steps (what
 * happened and when, never who or their notes) and the photos sent with the report. Once the case is closed, the citizen rates the result once.
 */
export const TrackPanel = {
	props: { initial: Object },
	setup(props) {
		const { t, locale } = inject('i18n');
		const { guard } = inject('portal');
		const caseNo = ref(props.initial ? props.initial.caseNo : '');
		const code = ref(props.initial ? props.initial.code : '');
		const found = ref(null);
		const photos = ref([]);
		const answer = ref('');
		const comment = ref('');

		const pick = (zh, en) => (locale.value === 'en' ? en || zh : zh || en);
		const time = (value) => (value ? new Date(value).toLocaleString(locale.value, {
			dateStyle: 'medium', timeStyle: 'short' }) : '—');

		async function track(event) {
			event.preventDefault();
			found.value = null;
			photos.value.forEach((one) => URL.revokeObjectURL(one.url));
			photos.value = [];
			await guard(async () => {
				found.value = await send('POST', '/api/v1/portal/tracking', { caseNo: caseNo.value.trim(),
					code: code.value.trim() });
			});
			if (found.value) {
				photos.value = (await Promise.all(found.value.photos.map((one) => photo(one.number))))
					.filter(Boolean);
			}
		}

		/** A photo of the report as a local address; its request carries the code in the body, not the address. */
		async function photo(number) {
			const answer = await fetch(`/api/v1/portal/tracking/photos/${number}`, { method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ caseNo: caseNo.value.trim(), code: code.value.trim() }) });
			return answer.ok ? { number, url: URL.createObjectURL(await answer.blob()) } : null;
		}

		async function rate(event) {
			event.preventDefault();
			await guard(async () => {
				found.value = await send('POST', '/api/v1/portal/ratings', { caseNo: caseNo.value.trim(),
					code: code.value.trim(), satisfaction: answer.value, comment: comment.value.trim() || null });
			});
		}

		const input = (id, key, model, extra = {}) => h('div', { class: 'field' }, [
			h('label', { for: id }, t(key)),
			h('input', { id, value: model.value, required: true, autocomplete: 'off', ...extra,
				onInput: (event) => { model.value = event.target.value; } }),
		]);

		const rating = () => h('form', { id: 'rating-form', onSubmit: rate }, [
			h('fieldset', [
				h('legend', t('rate.legend')),
				...ANSWERS.map((one) => h('label', { class: 'choice' }, [
					h('input', { type: 'radio', name: 'satisfaction', value: one, id: `rate-${one}`,
						checked: answer.value === one, onChange: () => { answer.value = one; } }),
					t(`rate.${one}`),
				])),
			]),
			h('div', { class: 'field' }, [
				h('label', { for: 'rate-comment' }, t('rate.comment')),
				h('textarea', { id: 'rate-comment', rows: 2, maxlength: 500, value: comment.value,
					onInput: (event) => { comment.value = event.target.value; } }),
			]),
			h('button', { type: 'submit', id: 'rate-submit', class: 'primary', disabled: !answer.value }, t('rate.send')),
		]);

		return () => h('section', { id: 'track-panel', 'aria-labelledby': 'track-heading' }, [
			h('h2', { id: 'track-heading' }, t('track.heading')),
			h('form', { id: 'track-form', onSubmit: track }, [
				input('track-ticket', 'track.ticket', caseNo, { inputmode: 'numeric' }),
				input('track-code', 'track.code', code),
				h('button', { type: 'submit', id: 'track-submit', class: 'primary' }, t('track.send')),
			]),
			found.value ? h('div', { id: 'tracked', 'data-state': found.value.state }, [
				h('p', [t('track.state'), h('strong', { id: 'tracked-state' },
					pick(found.value.stateZh, found.value.stateEn))]),
				h('p', t('track.reported', time(found.value.reportedAt))),
				found.value.closedAt ? h('p', t('track.closed', time(found.value.closedAt)))
					: h('p', t('track.deadline', time(found.value.deadline))),
				photos.value.length ? h('div', { id: 'tracked-photos', class: 'photos' }, photos.value.map((one) =>
					h('img', { id: `tracked-photo-${one.number}`, src: one.url, alt: t('track.photo', one.number) })))
					: null,
				h('ol', { id: 'tracked-steps' }, found.value.steps.map((step) => h('li',
					`${time(step.at)} · ${pick(step.stateZh, step.stateEn)}`))),
				found.value.satisfaction ? h('p', { id: 'rated', role: 'status' },
					t('rate.done', t(`rate.${found.value.satisfaction}`)))
					: found.value.rateable ? rating() : null,
			]) : null,
		]);
	},
};
