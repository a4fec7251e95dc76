import { h, inject, reactive } from '../vue.js';
import { attachmentKind } from './attachments.js';

/**
 * The case's photos and attachments, from the report and from every step: pictures as thumbnails that open full
 * size, other files as links, and references that are no address as text. A picture that fails to load becomes a
 * link.
 */
export const Photos = {
	props: { view: Object, names: Object },
	setup(props) {
		const { t } = inject('i18n');
		const broken = reactive(new Set());
		return () => {
			const all = [];
			const seen = new Set();
			const add = (reference, source) => {
				if (reference && !seen.has(reference)) {
					seen.add(reference);
					all.push({ reference, source });
				}
			};
			(props.view.attachments || []).forEach((reference) => add(reference, props.names.action('report')));
			(props.view.timeline || []).forEach((entry) => (entry.attachments || []).forEach((reference) =>
				add(reference, props.names.action(entry.action))));
			if (!all.length) {
				return h('p', { class: 'muted', id: 'case-no-photos' }, t('detail.noPhotos'));
			}
			return h('ul', { id: 'case-photos', class: 'photos' }, all.map(({ reference, source }, index) => {
				const kind = broken.has(reference) ? 'link' : attachmentKind(reference);
				const label = `${source} · ${t('detail.attachment', index + 1)}`;
				if (kind === 'image') {
					return h('li', { class: 'photo' }, h('a', { href: reference, target: '_blank', rel: 'noopener' }, [
						h('img', { src: reference, alt: t('detail.photoAlt', index + 1), loading: 'lazy',
							onError: () => broken.add(reference) }),
						h('span', { class: 'caption' }, source),
					]));
				}
				if (kind === 'link') {
					return h('li', { class: 'file' }, h('a', { href: reference, target: '_blank', rel: 'noopener' }, label));
				}
				return h('li', { class: 'file' }, [h('span', label), ' ', h('code', reference)]);
			}));
		};
	},
};
