import { get } from '../api.js';
import { computed, h, inject, onMounted, ref } from '../vue.js';
import { districtPicker, sender, toggled, useDistricts } from './districtChoice.js';
import { FieldErrors } from './FieldErrors.js';

/** The minor class's key as the server names an offered class. */
const keyOf = (minor) => `${minor.kind} ${minor.code}`;

/**
 * The services each district served offers its citizens and Open311 clients, chosen from the catalogue: pick a
 * district, tick the minor classes it offers (a filter narrows a long catalogue) and save, or let it offer the whole
 * catalogue again. The list of districts follows the districts panel; a refusal of its own choice shows beside
 * it. Who may not manage the catalogue sees the choice without changing it.
 */
export const DistrictOffersPanel = {
	props: { context: { type: Object, required: true }, editable: Boolean },
	setup(props) {
		const { t, locale } = inject('i18n');
		const majors = ref([]);
		const district = ref('');
		const districts = useDistricts(props.context, district);
		const whole = ref(true);
		const chosen = ref(new Set());
		const filter = ref('');

		/** Shows the district's choice once it has loaded, so that nothing ticked meanwhile is lost. */
		async function choose(code) {
			const offer = code ? await get(`/api/v1/catalogue/offers/${encodeURIComponent(code)}`) : null;
			if (offer) {
				whole.value = offer.wholeCatalogue;
				chosen.value = new Set(offer.classes.map((offered) => `${offered.kind} ${offered.minorCode}`));
			}
			district.value = code;
		}

		const act = sender(props.context, 'offers', (code) => `/api/v1/catalogue/offers/${code}`, district, choose);
		const toggle = (minor, on) => { chosen.value = toggled(chosen.value, keyOf(minor), on); };
		const save = () => act('PUT', { classes: [...chosen.value].map((key) => ({ kind: key.split(' ')[0],
			minorCode: key.split(' ')[1] })) }, () => t('offers.saved', chosen.value.size));
		const reset = () => act('DELETE', undefined, () => t('offers.resetDone'));

		onMounted(() => props.context.guard(async () => {
			majors.value = await get('/api/v1/catalogue/categories');
		}));

		const name = (item) => (locale.value === 'en' ? item.nameEn || item.nameZh : item.nameZh || item.nameEn);
		const shown = computed(() => {
			const text = filter.value.trim().toLowerCase();
			return majors.value.map((major) => ({ major, minors: (major.minorClasses || []).filter((minor) => !text
				|| `${minor.code} ${minor.nameZh} ${minor.nameEn}`.toLowerCase().includes(text)) }))
				.filter((group) => group.minors.length);
		});

		const checkbox = (minor) => h('label', { class: 'offer' }, [
			h('input', { type: 'checkbox', id: `offer-${minor.kind}-${minor.code}`, checked: chosen.value.has(keyOf(minor)),
				disabled: !props.editable, onChange: (event) => toggle(minor, event.target.checked) }),
			` ${minor.code} ${name(minor)}`]);

		return () => h('section', { id: 'offers-panel', 'aria-labelledby': 'offers-heading' }, [
			h('h2', { id: 'offers-heading' }, t('offers.heading')),
			h('p', { class: 'muted' }, t('offers.hint')),
			districtPicker(t, 'offers', districts.value, district.value, props.context, choose),
			district.value ? h('div', { id: 'offers-choice' }, [
				h('p', { id: 'offers-status' }, whole.value ? t('offers.whole') : t('offers.count', chosen.value.size)),
				h('div', { class: 'row-form' }, h('label', [h('span', t('offers.filter')), h('input', {
					id: 'offers-filter', type: 'search', value: filter.value,
					onInput: (event) => { filter.value = event.target.value; } })])),
				h('div', { class: 'offer-list' }, shown.value.map((group) => h('fieldset', [
					h('legend', `${t(`kind.${group.major.kind}`)} ${group.major.code} ${name(group.major)}`),
					...group.minors.map(checkbox)]))),
				h(FieldErrors, { problem: props.context.problemOf.value === 'offers' ? props.context.problem.value : null,
					field: 'classes', id: 'offers-error' }),
				props.editable ? h('div', { class: 'row-form' }, [
					h('button', { type: 'button', id: 'offers-save', onClick: save }, t('offers.save')), ' ',
					h('button', { type: 'button', id: 'offers-reset', class: 'link', disabled: whole.value,
						onClick: reset }, t('offers.reset'))]) : null,
			]) : null,
		]);
	},
};
