import { upload } from '../api.js';
import { h, inject, ref } from '../vue.js';

/**
 * Uploads a photo to the attachment store (POST /api/v1/attachments, multipart "file") and hands its address back
 * to the form. Where the store is not there (404), it says so and the address can still be typed.
 */
export const PhotoUpload = {
	emits: ['uploaded'],
	setup(props, { emit }) {
		const { t } = inject('i18n');
		const status = ref('');
		const failed = ref(false);

		async function send(event) {
			const file = event.target.files && event.target.files[0];
			if (!file) {
				return;
			}
			const form = new FormData();
			form.append('file', file);
			status.value = t('upload.busy');
			failed.value = false;
			try {
				const stored = await upload('/api/v1/attachments', form);
				emit('uploaded', stored.url);
				status.value = t('upload.done', stored.name || file.name);
			}
			catch (failure) {
				failed.value = true;
				status.value = failure.status === 404 ? t('upload.missing') : failure.status === 413 ? t('upload.tooLarge')
					: t('upload.failed', failure.problem && failure.problem.detail ? failure.problem.detail : failure.status);
			}
			finally {
				event.target.value = '';
			}
		}

		return () => h('div', { class: 'photo-upload' }, [
			h('label', { for: 'photo-file', class: 'label' }, t('upload.label')),
			h('input', { id: 'photo-file', type: 'file', accept: 'image/*', class: 'file-input', onChange: send }),
			h('p', { id: 'photo-status', role: 'status', class: { 'field-error': failed.value, muted: !failed.value } },
				status.value),
		]);
	},
};
