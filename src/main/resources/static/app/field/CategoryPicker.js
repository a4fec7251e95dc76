import { computed, h, inject, ref } from '../vue.js';

const SHOWN = 12;

/**
 * Picks the problem's category (minor class) by searching names and codes in either language; the matches are
 * radio buttons, so the keyboard and screen readers work as with any form.
 */
export const CategoryPicker = {
	props: { modelValue: Object, idPrefix: { type: String, required: true } },
	emits: ['update:modelValue'],
	setup(props, { emit }) {
		const { t, locale } = inject('i18n');
		const { categories } = inject('field');
		const search = ref('');

		const name = (item) => (locale.value === 'zh-CN' ? item.nameZh : item.nameEn || item.nameZh);
		const majorName = (item) => (locale.value === 'zh-CN' ? item.majorZh : item.majorEn || item.majorZh);

		const matches = computed(() => {
			const words = search.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
			return categories.value.filter((item) => {
				const text = `${item.code} ${item.nameZh} ${item.nameEn} ${item.majorZh} ${item.majorEn}`.toLowerCase();
				return words.every((word) => text.includes(word));
			});
		});

		const chosen = (item) => props.modelValue && props.modelValue.kind === item.kind
			&& props.modelValue.code === item.code;

		return () => {
			const shown = matches.value.slice(0, SHOWN);
			const selected = categories.value.find(chosen);
			if (selected && !shown.includes(selected)) {
				shown.unshift(selected);
			}
			return h('fieldset', { class: 'categories', id: `${props.idPrefix}-categories` }, [
				h('legend', t('category.legend')),
				h('label', { class: 'field' }, [
					h('span', t('category.search')),
					h('input', { type: 'search', id: `${props.idPrefix}-category-search`, value: search.value,
						placeholder: t('category.placeholder'), autocomplete: 'off',
						onInput: (event) => { search.value = event.target.value; } }),
				]),
				h('p', { class: 'hint', role: 'status' }, t('category.count', matches.value.length)),
				h('div', { class: 'choices' }, shown.map((item) => h('label', {
					class: ['choice', chosen(item) ? 'chosen' : null],
					'data-code': item.code,
					'data-kind': item.kind,
				}, [
					h('input', { type: 'radio', name: `${props.idPrefix}-category`, value: `${item.kind}:${item.code}`,
						checked: chosen(item),
						onChange: () => emit('update:modelValue', { kind: item.kind, code: item.code }) }),
					h('span', { class: 'choice-name' }, name(item)),
					h('span', { class: 'muted' }, `${majorName(item)} · ${item.code}`),
				]))),
			]);
		};
	},
};
