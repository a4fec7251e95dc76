import { get, send } from '../api.js';
import { computed, h, inject, onMounted, ref, watch } from '../vue.js';
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
		const districts = ref([]);
		const majors = ref([]);
		const district = ref('');
		const whole = ref(true);
		const chosen = ref(new Set());
		const filter = ref('');

		async function loadDistricts() {
			districts.value = await get('/api/v1/districts');
		}

		/** Shows the district's choice once it has loaded, so that nothing ticked meanwhile is lost. */
		async function choose(code) {
			const offer = code ? await get(`/api/v1/catalogue/offers/${encodeURIComponent(code)}`) : null;
			if (offer) {
				whole.value = offer.wholeCatalogue;
				chosen.value = new Set(offer.classes.map((offered) => `${offered.kind} ${offered.minorCode}`));
			}
			district.value = code;
		}

		function toggle(minor, on) {
			const next = new Set(chosen.value);
			if (on) {
				next.add(keyOf(minor));
			}
			else {
				next.delete(keyOf(minor));
			}
			chosen.value = next;
		}

		function save() {
			props.context.problemOf.value = 'offers';
			props.context.guard(async () => {
				const classes = [...chosen.value].map((key) => ({ kind: key.split(' ')[0], minorCode: key.split(' ')[1] }));
				await send('PUT', `/api/v1/catalogue/offers/${encodeURIComponent(district.value)}`, { classes });
				await choose(district.value);
				props.context.notify(t('offers.saved', chosen.value.size));
			});
		}

		function reset() {
			props.context.guard(async () => {
				await send('DELETE', `/api/v1/catalogue/offers/${encodeURIComponent(district.value)}`);
				await choose(district.value);
				props.context.notify(t('offers.resetDone'));
			});
		}

		watch(() => props.context.districtsChanged.value, () => props.context.guard(async () => {
			await loadDistricts();
			if (!districts.value.some((d) => d.code === district.value)) {
				district.value = '';
			}
		}));

		onMounted(() => props.context.guard(async () => {
			await loadDistricts();
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
			districts.value.length === 0 ? h('p', { id: 'offers-none', class: 'muted' }, t('offers.none'))
				: h('div', { class: 'row-form' }, h('label', [
				h('span', t('offers.district')), h('select', { id: 'offers-district', value: district.value,
				onChange: (event) => props.context.guard(() => choose(event.target.value)) }, [
				h('option', { value: '' }, t('offers.chooseDistrict')),
				...districts.value.map((d) => h('option', { value: d.code }, `${d.name} (${d.code})`))])])),
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
