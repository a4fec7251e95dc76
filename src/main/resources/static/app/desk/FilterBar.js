import { channelName, useChannels } from '../channels.js';
import { h, inject, reactive, watch } from '../vue.js';

const LIGHTS = ['GREEN', 'YELLOW', 'RED'];

/**
 * Narrows the queue by category (a major class or a minor class), channel, light and words, and chooses the order.
 * Text is applied when submitted; the choices at once.
 */
export const FilterBar = {
	props: { filters: Object, sort: String, majors: Array, names: Object },
	emits: ['apply'],
	setup(props, { emit }) {
		const { t, locale } = inject('i18n');
		const channels = useChannels();
		const draft = reactive({ ...props.filters, sort: props.sort });
		watch(() => props.filters, (next) => Object.assign(draft, next), { deep: true });
		const apply = () => {
			const { sort, ...filters } = draft;
			emit('apply', { filters: { ...filters, text: (filters.text || '').trim() }, sort });
		};
		const select = (name, label, options) => h('label', { class: 'field' }, [
			h('span', t(label)),
			h('select', { id: `filter-${name}`, value: draft[name], onChange: (event) => { draft[name] = event.target.value; apply(); } },
				options),
		]);
		const any = () => h('option', { value: '' }, t('filter.any'));
		return () => h('form', { id: 'filters', class: 'filter-bar', role: 'search', 'aria-label': t('filter.heading'),
			onSubmit: (event) => { event.preventDefault(); apply(); } }, [
			h('label', { class: 'field grow' }, [
				h('span', t('filter.text')),
				h('input', { id: 'filter-text', type: 'search', value: draft.text, placeholder: t('filter.textHint'),
					onInput: (event) => { draft.text = event.target.value; } }),
			]),
			select('category', 'filter.category', [any(), ...(props.majors || []).map((major) => h('optgroup',
				{ label: props.names.major(major) }, [h('option', { value: major.code }, props.names.major(major)),
					...(major.minorClasses || []).map((minor) => h('option', { value: minor.code },
						`${props.names.category(minor.code, minor.kind)}`))]))]),
			select('channel', 'filter.channel', [any(), ...channels.value.map((channel) => h('option',
				{ value: channel.code }, channelName(channel.code, locale, t)))]),
			select('light', 'filter.light', [any(), ...LIGHTS.map((light) => h('option', { value: light },
				t(`light.${light}`)))]),
			select('sort', 'filter.sort', ['deadline', 'reported'].map((sort) => h('option', { value: sort },
				t(`sort.${sort}`)))),
			h('div', { class: 'buttons' }, [
				h('button', { type: 'submit', id: 'filter-apply', class: 'primary' }, t('filter.apply')),
				h('button', { type: 'button', id: 'filter-clear', onClick: () => {
					Object.assign(draft, { category: '', channel: '', light: '', text: '' });
					apply();
				} }, t('filter.clear')),
			]),
		]);
	},
};
