import { h, inject, ref } from '../vue.js';
import { CategoryPicker } from './CategoryPicker.js';
import { PhotoInput } from './PhotoInput.js';
import { PlacePicker } from './PlacePicker.js';

/**
 * Reporting a problem where one stands: the place, the category, what is wrong and a photo. The report is queued
 * on the device with a fresh request id and sent at once if the network allows, later if not; the server names the
 * channel (patrol for grid staff, citizen for everyone else).
 */
export const ReportPanel = {
	name: 'ReportPanel',
	setup() {
		const { t } = inject('i18n');
		const field = inject('field');
		const place = ref(null);
		const category = ref(null);
		const description = ref('');
		const photo = ref(null);
		const uploading = ref(false);
		const missing = ref([]);
		const resets = ref(0);

		function submit(event) {
			event.preventDefault();
			missing.value = [!place.value && 'place', !category.value && 'category',
				!description.value.trim() && 'description'].filter(Boolean);
			if (missing.value.length) {
				return;
			}
			const body = { requestId: crypto.randomUUID(), kind: category.value.kind, minorCode: category.value.code,
				description: description.value.trim(), lon: place.value.lon, lat: place.value.lat, crs: 'wgs84' };
			if (photo.value) {
				body.attachments = [photo.value];
			}
			field.queue.add('POST', '/api/v1/cases', body, 'report');
			field.notify(t('report.queued'));
			description.value = '';
			photo.value = null;
			category.value = null;
			resets.value += 1;
			field.sync();
		}

		return () => h('form', { id: 'report-form', class: 'panel', novalidate: true, onSubmit: submit }, [
			h('h2', { id: 'report-heading' }, t('report.heading')),
			h(PlacePicker, { idPrefix: 'report', modelValue: place.value, features: field.features.value,
				'onUpdate:modelValue': (value) => { place.value = value; } }),
			h(CategoryPicker, { idPrefix: 'report', modelValue: category.value,
				'onUpdate:modelValue': (value) => { category.value = value; } }),
			h('label', { class: 'field' }, [
				h('span', t('report.description')),
				h('textarea', { id: 'report-description', maxlength: 2000, rows: 4, required: true,
					value: description.value, onInput: (event) => { description.value = event.target.value; } }),
			]),
			h(PhotoInput, { idPrefix: 'report', modelValue: photo.value, keepOffline: true,
				key: `photo-${resets.value}`,
				'onUpdate:modelValue': (value) => { photo.value = value; },
				onBusy: (busy) => { uploading.value = busy; } }),
			missing.value.length ? h('p', { id: 'report-missing', class: 'warning', role: 'alert' },
				t('report.missing', missing.value.map((name) => t(`report.missing.${name}`)).join('、'))) : null,
			h('button', { type: 'submit', id: 'report-submit', class: 'primary', disabled: uploading.value },
				uploading.value ? t('photo.uploading') : t('report.send')),
		]);
	},
};
