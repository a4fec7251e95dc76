import { h, inject, onBeforeUnmount, ref } from '../vue.js';
import { uploadPhoto } from './attachments.js';
import { PREFIX, dropPhoto, keepPhoto } from './devicePhotos.js';

/**
 * A photo from the phone's camera (or a file on a desktop): a preview at once, then the upload. The model is the
 * uploaded photo's url, or null. With {@code keepOffline}, a photo taken offline is kept on the device and the model
 * names it ({@code device-photo:…}) until the queue uploads it with its report. Otherwise, when the server has no
 * attachments API yet (404) or the device is offline, it says so plainly and the form can still be sent without it.
 */
export const PhotoInput = {
	props: { modelValue: String, idPrefix: { type: String, required: true }, keepOffline: Boolean },
	emits: ['update:modelValue', 'busy'],
	setup(props, { emit }) {
		const { t } = inject('i18n');
		const preview = ref(null);
		const status = ref('');
		const input = ref(null);

		function forgetKept() {
			if (props.modelValue && props.modelValue.startsWith(PREFIX)) {
				dropPhoto(props.modelValue).catch(() => {});
			}
		}

		function clear() {
			forgetKept();
			if (preview.value) {
				URL.revokeObjectURL(preview.value);
			}
			preview.value = null;
			status.value = '';
			if (input.value) {
				input.value.value = '';
			}
			emit('update:modelValue', null);
		}

		async function chosen(event) {
			const file = event.target.files && event.target.files[0];
			if (!file) {
				return;
			}
			if (preview.value) {
				URL.revokeObjectURL(preview.value);
			}
			forgetKept();
			preview.value = URL.createObjectURL(file);
			emit('update:modelValue', null);
			status.value = 'uploading';
			emit('busy', true);
			try {
				const stored = await uploadPhoto(file);
				emit('update:modelValue', stored.url);
				status.value = 'uploaded';
			}
			catch (failure) {
				status.value = failure.status === 404 ? 'unavailable' : failure.status === 0 ? 'offline' : 'failed';
				if (status.value === 'offline' && props.keepOffline) {
					emit('update:modelValue', await keepPhoto(file));
					status.value = 'kept';
				}
			}
			finally {
				emit('busy', false);
			}
		}

		onBeforeUnmount(() => {
			if (preview.value) {
				URL.revokeObjectURL(preview.value);
			}
		});

		return () => h('div', { class: 'photo', id: `${props.idPrefix}-photo-box` }, [
			h('label', { class: 'field' }, [
				h('span', t('photo.label')),
				h('input', { ref: input, type: 'file', accept: 'image/*', capture: 'environment',
					id: `${props.idPrefix}-photo`, onChange: chosen }),
			]),
			preview.value ? h('img', { class: 'preview', src: preview.value, alt: t('photo.preview') }) : null,
			status.value ? h('p', { id: `${props.idPrefix}-photo-status`, role: 'status', 'data-status': status.value,
				class: ['photo-status', ['uploaded', 'uploading', 'kept'].includes(status.value) ? 'ok' : 'warning'] },
			t(`photo.${status.value}`)) : null,
			preview.value ? h('button', { type: 'button', class: 'secondary', id: `${props.idPrefix}-photo-remove`,
				onClick: clear }, t('photo.remove')) : null,
		]);
	},
};
