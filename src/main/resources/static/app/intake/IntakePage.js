import { api, get, send } from '../api.js';
import { useChannels } from '../channels.js';
import { loadPermissions, mayFileCases } from '../permissions.js';
import { h, inject, nextTick, onMounted, reactive, ref, watch, watchEffect } from '../vue.js';
import { CallerFields } from './CallerFields.js';
import { CategoryPicker } from './CategoryPicker.js';
import { useDistrictOffers } from './districtOffers.js';
import { ChannelFields, channelDetail } from './ChannelFields.js';
import { DuplicateWarning } from './DuplicateWarning.js';
import { described, errorLines, explain, FIELD_INPUTS } from './fields.js';
import { PlacePicker } from './PlacePicker.js';

/** A fresh id for one report, kept across retries so that a retried send never files the case twice. */
function newRequestId() {
	if (window.crypto && window.crypto.randomUUID) {
		return window.crypto.randomUUID();
	}
	return Array.from(window.crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

function emptyForm() {
	return { channel: 'HOTLINE_12345', channelRef: '', callerName: '', callerPhone: '', kind: null, minorCode: null,
		categoryName: '', description: '', address: '', urgency: 'NORMAL', lon: null, lat: null };
}

const URGENCIES = ['NORMAL', 'ELEVATED', 'URGENT', 'CRITICAL'];

/**
 * The 12345 / 110 operator's new-case form: channel and ticket number, caller, category, description and place,
 * with the open cases nearby that the caller may mean, and one click to link the report to one of them. Refusals
 * show under the fields they concern, in words, and focus goes to the first. An account that may not file cases is
 * told so instead of being shown the form.
 */
export const IntakePage = {
	setup() {
		const { t, locale, locales, use } = inject('i18n');
		const me = ref(null);
		const mayFile = ref(null);
		const form = reactive(emptyForm());
		const channels = useChannels();
		const offered = useDistrictOffers(form);
		const errors = ref({});
		const problem = ref(null);
		const similar = ref([]);
		const busy = ref(false);
		const receipt = ref(null);
		let requestId = newRequestId();
		let similarAsked = 0;

		function body() {
			const detail = channelDetail(form.channel, channels.value);
			const name = form.callerName.trim();
			const phone = form.callerPhone.trim();
			return {
				requestId, channel: form.channel, channelDetails: detail ? { [detail]: form.channelRef.trim() } : {},
				reporter: name || phone ? { name: name || null, phone: phone || null } : null,
				kind: form.kind, minorCode: form.minorCode, urgency: form.urgency, description: form.description,
				address: form.address.trim() || null, lon: form.lon, lat: form.lat, crs: 'wgs84',
			};
		}

		async function sendReport(path, linkedTo) {
			busy.value = true;
			problem.value = null;
			errors.value = {};
			try {
				const view = await send('POST', path, body());
				receipt.value = { view, linkedTo };
				await nextTick();
				document.getElementById('receipt').focus();
			}
			catch (failure) {
				problem.value = failure && failure.problem ? failure.problem
					: { title: t('error.heading'), detail: String(failure), errors: [] };
				errors.value = explain(problem.value, t);
				await nextTick();
				const first = Object.values(FIELD_INPUTS).find((input) => errors.value[input]);
				const target = document.getElementById(first || 'error-area');
				if (target) {
					target.focus();
				}
			}
			finally {
				busy.value = false;
			}
		}

		const submit = (event) => {
			event.preventDefault();
			sendReport('/api/v1/cases', null);
		};
		const link = (item) => sendReport(`/api/v1/cases/${item.id}/repeats`, item);

		function next() {
			Object.assign(form, emptyForm());
			receipt.value = null;
			similar.value = [];
			errors.value = {};
			problem.value = null;
			requestId = newRequestId();
			nextTick(() => document.getElementById('channel-HOTLINE_12345').focus());
		}

		watch(() => [form.kind, form.minorCode, form.lon, form.lat], async ([kind, minorCode, lon, lat]) => {
			const asked = ++similarAsked;
			if (!kind || !minorCode || lon === null || lat === null) {
				similar.value = [];
				return;
			}
			try {
				const found = await get('/api/v1/cases/similar', { kind, minorCode, lon, lat });
				if (asked === similarAsked) {
					similar.value = found;
				}
			}
			catch {
				similar.value = [];
			}
		});

		watchEffect(() => {
			document.title = `${t('page.title')} · OneGrid`;
		});
		onMounted(async () => {
			try {
				me.value = await api.me();
				mayFile.value = mayFileCases(await loadPermissions(me.value));
			}
			finally {
				document.body.dataset.ready = 'true';
			}
		});

		const otherLocale = () => locales.find((candidate) => candidate !== locale.value);
		const label = (names) => (names ? (locale.value === 'en' ? names.en : names.zh) : '');

		const details = () => h('fieldset', { id: 'detail-fields' }, [
			h('legend', {}, t('details.legend')),
			h('label', { for: 'description' }, t('details.description')),
			h('textarea', { id: 'description', rows: 4, value: form.description,
				onInput: (event) => { form.description = event.target.value; }, ...described(errors.value, 'description') }),
			errorLines(errors.value, 'description'),
			h('div', { class: 'pair' }, [
				h('div', { class: 'field' }, [
					h('label', { for: 'address' }, t('details.address')),
					h('input', { id: 'address', value: form.address, autocomplete: 'off',
						onInput: (event) => { form.address = event.target.value; }, ...described(errors.value, 'address') }),
					errorLines(errors.value, 'address'),
				]),
				h('div', { class: 'field narrow' }, [
					h('label', { for: 'urgency' }, t('details.urgency')),
					h('select', { id: 'urgency', value: form.urgency, onChange: (event) => { form.urgency = event.target.value; } },
						URGENCIES.map((urgency) => h('option', { value: urgency }, t(`urgency.${urgency}`)))),
				]),
			]),
		]);

		const receiptView = () => {
			const { view, linkedTo } = receipt.value;
			const reporter = view.reporter;
			return h('section', { id: 'receipt', tabindex: '-1', role: 'status', 'data-case': view.id, 'data-state': view.state }, [
				h('h2', {}, t('receipt.heading')),
				h('p', { id: 'receipt-number' }, t('receipt.number', view.caseNo)),
				h('p', {}, t('receipt.state', label(view.stateName))),
				linkedTo ? h('p', { id: 'receipt-linked', class: 'notice' }, t('duplicates.linked', linkedTo.caseNo)) : null,
				reporter ? h('p', { id: 'receipt-caller' }, t('receipt.caller', [reporter.name, reporter.phone].filter(Boolean).join(' · ')))
					: null,
				!linkedTo && view.duplicateCandidates && view.duplicateCandidates.length
					? h('p', { class: 'warning' }, t('receipt.duplicates', view.duplicateCandidates.length)) : null,
				h('button', { type: 'button', id: 'next-case', onClick: next }, t('receipt.next')),
			]);
		};

		return () => h('div', { class: 'intake-page' }, [
			h('header', { id: 'top-bar' }, [
				h('h1', { id: 'page-title' }, t('page.title')),
				h('span', { class: 'subtitle' }, t('page.subtitle')),
				h('span', { class: 'spacer' }),
				me.value ? h('span', { id: 'signed-in' }, t('page.signedInAs', me.value.displayName)) : null,
				h('button', { type: 'button', id: 'language', class: 'link', lang: otherLocale(), onClick: () => use(otherLocale()) },
					t('page.language')),
				h('a', { href: '/map.html', class: 'link' }, t('page.map')),
				h('a', { href: '/', class: 'link' }, t('page.back')),
			]),
			mayFile.value === null ? h('main', { id: 'intake-main' }, h('p', { class: 'muted' }, t('loading')))
				: !mayFile.value ? h('main', { id: 'intake-main' }, h('p', { id: 'not-permitted', role: 'alert' },
					t('page.notPermitted')))
				: receipt.value ? h('main', { id: 'intake-main' }, receiptView()) : h('form', { id: 'intake-form', novalidate: true,
				onSubmit: submit }, [
				h('div', { class: 'column' }, [
					problem.value ? h('div', { id: 'error-area', role: 'alert', tabindex: '-1' }, [
						h('strong', { id: 'error-title' }, t('error.heading')),
						h('p', {}, (problem.value.errors || []).length ? t('error.fix') : problem.value.detail || problem.value.title),
						errorLines(errors.value, 'form'),
					]) : null,
					h(ChannelFields, { form, errors: errors.value }),
					h(CallerFields, { form, errors: errors.value }),
					h(CategoryPicker, { form, errors: errors.value, offered: offered.value }),
					details(),
				]),
				h('div', { class: 'column' }, [
					h(PlacePicker, { form, errors: errors.value }),
					h(DuplicateWarning, { cases: similar.value, busy: busy.value, errors: errors.value, onLink: link }),
					h('div', { class: 'actions' }, [
						h('button', { type: 'submit', id: 'intake-submit', class: 'primary', disabled: busy.value },
							busy.value ? t('submitting') : t('submit')),
					]),
				]),
			]),
		]);
	},
};
