import { h, inject, ref } from '../vue.js';
import { PlacePicker } from './PlacePicker.js';

/**
 * Checking in (打卡签到) at one of the worker's grids from where they stand. The server decides whether the point is
 * close enough and answers accepted or refused with the reason; a check-in made offline waits in the queue.
 */
export const CheckInPanel = {
	name: 'CheckInPanel',
	setup() {
		const { t } = inject('i18n');
		const field = inject('field');
		const place = ref(null);
		const grid = ref(field.memberships.value.length ? key(field.memberships.value[0]) : '');
		const missing = ref(false);

		function submit(event) {
			event.preventDefault();
			const member = field.memberships.value.find((candidate) => key(candidate) === grid.value);
			missing.value = !place.value || !member;
			if (missing.value) {
				return;
			}
			field.queue.add('POST', `/api/v1/people/${field.me.value.personId}/check-ins`, { layerCode: member.layerCode,
				gridCode: member.gridCode, lon: place.value.lon, lat: place.value.lat, crs: 'wgs84' }, 'check-in');
			field.notify(t('checkIn.queued'));
			field.sync();
		}

		function result(answer) {
			if (!answer) {
				return null;
			}
			const text = answer.accepted ? t('checkIn.accepted', answer.gridCode, field.format.time(answer.at))
				: t('checkIn.refused', answer.gridCode, t(`checkIn.reason.${answer.reason}`),
					Math.round(answer.distanceMetres));
			return h('p', { id: 'check-in-result', role: 'status', class: answer.accepted ? 'ok' : 'warning',
				'data-accepted': String(answer.accepted) }, text);
		}

		return () => h('form', { id: 'check-in-form', class: 'panel', novalidate: true, onSubmit: submit }, [
			h('h2', t('checkIn.heading')),
			field.memberships.value.length ? h('label', { class: 'field' }, [
				h('span', t('checkIn.grid')),
				h('select', { id: 'check-in-grid', value: grid.value,
					onChange: (event) => { grid.value = event.target.value; } },
				field.memberships.value.map((member) => h('option', { value: key(member) },
					`${member.gridName || member.gridCode} (${member.gridCode} · ${field.format.role(member.role)})`))),
			]) : h('p', { class: 'warning' }, t('checkIn.noGrid')),
			h(PlacePicker, { idPrefix: 'check-in', modelValue: place.value, features: field.features.value,
				'onUpdate:modelValue': (value) => { place.value = value; } }),
			missing.value ? h('p', { class: 'warning', role: 'alert' }, t('checkIn.missing')) : null,
			h('button', { type: 'submit', id: 'check-in-submit', class: 'primary' }, t('checkIn.submit')),
			result(field.lastCheckIn.value),
		]);
	},
};

function key(member) {
	return `${member.layerCode}:${member.gridCode}`;
}
