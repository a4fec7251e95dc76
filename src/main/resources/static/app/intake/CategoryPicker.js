import { get } from '../api.js';
import { h, inject, onMounted, ref } from '../vue.js';
import { described, errorLines } from './fields.js';

/** How many matching minor classes show at once. */
const SHOWN = 40;

/**
 * The case catalogue as a tree of major and minor classes, narrowed by a search over names and codes in both
 * languages, and to the classes the district holding the place takes where it names them. Choosing a minor class sets
 * the form's kind and minor code. Enter in the search takes the first match; arrow down moves into the list.
 */
export const CategoryPicker = {
	props: { form: Object, errors: Object, offered: Object },
	setup(props) {
		const { t, locale } = inject('i18n');
		const tree = ref([]);
		const query = ref('');

		onMounted(async () => {
			tree.value = await get('/api/v1/catalogue/categories');
		});

		const name = (item) => (locale.value === 'en' ? item.nameEn : item.nameZh);
		const matches = () => {
			const words = query.value.trim().toLowerCase();
			const taken = (minor) => !props.offered || props.offered.classes.has(`${minor.kind} ${minor.code}`);
			return tree.value.map((major) => ({
				major,
				minors: major.minorClasses.filter((minor) => taken(minor) && (!words || [minor.code, minor.nameZh,
					minor.nameEn, major.nameZh, major.nameEn].some((text) => text && text.toLowerCase().includes(words)))),
			})).filter((group) => group.minors.length);
		};
		const choose = (minor) => {
			props.form.kind = minor.kind;
			props.form.minorCode = minor.code;
			props.form.categoryName = `${t(`category.kind.${minor.kind}`)} ${minor.code} ${name(minor)}`;
		};
		const onKey = (event) => {
			if (event.key === 'Enter') {
				event.preventDefault();
				const first = matches()[0];
				if (first) {
					choose(first.minors[0]);
				}
			}
			else if (event.key === 'ArrowDown') {
				event.preventDefault();
				const option = document.querySelector('#category-list button');
				if (option) {
					option.focus();
				}
			}
		};

		return () => {
			let left = SHOWN;
			const groups = matches();
			return h('fieldset', { id: 'category-fields' }, [
				h('legend', {}, t('category.legend')),
				h('label', { for: 'category-search' }, t('category.search')),
				h('input', { id: 'category-search', type: 'search', value: query.value, autocomplete: 'off',
					placeholder: t('category.placeholder'), 'aria-controls': 'category-list',
					onInput: (event) => { query.value = event.target.value; }, onKeydown: onKey,
					...described(props.errors, 'category-search', 'category-chosen') }),
				errorLines(props.errors, 'category-search'),
				props.offered ? h('p', { id: 'category-district', class: 'muted' },
					t('category.districtOnly', props.offered.name)) : null,
				h('p', { id: 'category-chosen', class: props.form.minorCode ? 'chosen' : 'muted', role: 'status' },
					props.form.minorCode ? t('category.chosen', props.form.categoryName) : t('category.none')),
				groups.length === 0 ? h('p', { class: 'muted' }, t('category.noMatch'))
					: h('ul', { id: 'category-list', class: 'tree' }, groups.map(({ major, minors }) => {
						const shown = minors.slice(0, Math.max(0, left));
						left -= shown.length;
						return shown.length ? h('li', { class: 'major' }, [
							h('span', { class: 'major-name' }, `${t(`category.kind.${major.kind}`)} ${major.code} ${name(major)}`),
							h('ul', {}, shown.map((minor) => h('li', {}, h('button', {
								type: 'button', id: `category-${minor.kind}-${minor.code}`,
								class: props.form.kind === minor.kind && props.form.minorCode === minor.code ? 'option chosen' : 'option',
								'aria-pressed': String(props.form.kind === minor.kind && props.form.minorCode === minor.code),
								onClick: () => choose(minor),
							}, `${minor.code} ${name(minor)}`)))),
						]) : null;
					})),
			]);
		};
	},
};
