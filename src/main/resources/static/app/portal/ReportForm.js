import { get, send, upload } from '../api.js';
import { h, inject, onMounted, ref } from '../vue.js';
import { MapPick } from './MapPick.js';

/** A service of the Open311 list as the form offers it: its kind and minor class come from its code (C0201). */
function categoryOf(service) {
	return { kind: service.service_code.startsWith('C') ? 'COMPONENT' : 'EVENT',
		code: service.service_code.substring(1), name: service.service_name, nameEn: service.keywords,
		group: service.group };
}

/** The most photos a report may carry, as the server allows. */
const MAX_PHOTOS = 3;

/** The report and its photos as one multipart form: the report as JSON in part 'report', each photo in 'photos'. */
function withPhotos(report, photos) {
	const form = new FormData();
	form.append('report', new Blob([JSON.stringify(report)], { type: 'application/json' }));
	for (const photo of photos) {
		form.append('photos', photo, photo.name);
	}
	return form;
}

/**
 * The report: the district, when the portal serves several (preset by the page's {@code ?district=}), the category
 * from that district's services (its public service list), the place on the map, a
 * description, up to three photos and an optional contact. Once filed it shows the ticket number and the tracking code, which is
 * shown only this once.
 */
export const ReportForm = {
	props: { filed: Object },
	emits: ['filed', 'track'],
	setup(props, { emit }) {
		const { t, locale } = inject('i18n');
		const { guard } = inject('portal');
		const districts = ref([]);
		const district = ref('');
		const categories = ref([]);
		const category = ref('');
		const place = ref(null);
		const description = ref('');
		const address = ref('');
		const contactName = ref('');
		const contactPhone = ref('');
		const photos = ref([]);
		const missing = ref([]);
		const sending = ref(false);
		let requestId = crypto.randomUUID();

		async function loadCategories() {
			const many = districts.value.length > 1;
			category.value = '';
			categories.value = many && !district.value ? [] : (await get(many
				? `/open311/v2/services.json?jurisdiction_id=${encodeURIComponent(district.value)}`
				: '/open311/v2/services.json')).map(categoryOf);
		}

		onMounted(() => guard(async () => {
			districts.value = await get('/api/v1/portal/districts');
			const asked = new URLSearchParams(window.location.search).get('district');
			district.value = districts.value.some((one) => one.code === asked) ? asked : '';
			await loadCategories();
		}));

		async function submit(event) {
			event.preventDefault();
			missing.value = [districts.value.length > 1 && !district.value && 'district',
				!category.value && 'category', !place.value && 'place',
				!description.value.trim() && 'description',
				photos.value.length > MAX_PHOTOS && 'photos'].filter(Boolean);
			if (missing.value.length) {
				return;
			}
			const chosen = categories.value.find((one) => `${one.kind}:${one.code}` === category.value);
			sending.value = true;
			const ok = await guard(async () => {
				const report = { requestId, kind: chosen.kind,
					minorCode: chosen.code, description: description.value.trim(), address: address.value.trim() || null,
					lon: place.value.lon, lat: place.value.lat, contactName: contactName.value.trim() || null,
					contactPhone: contactPhone.value.trim() || null };
				const filed = photos.value.length
					? await upload('/api/v1/portal/reports', withPhotos(report, photos.value))
					: await send('POST', '/api/v1/portal/reports', report);
				emit('filed', filed);
			});
			sending.value = false;
			if (ok) {
				requestId = crypto.randomUUID();
				description.value = '';
				place.value = null;
				photos.value = [];
			}
		}

		const groups = () => [...new Set(categories.value.map((one) => one.group))];
		const label = (one) => (locale.value === 'en' && one.nameEn ? one.nameEn : one.name);
		const field = (id, key, input) => h('div', { class: 'field' }, [
			h('label', { for: id }, t(key)),
			input,
			missing.value.includes(key.split('.')[1]) ? h('p', { class: 'missing', id: `${id}-missing` },
				t('report.required')) : null,
		]);

		return () => h('section', { id: 'report-panel', 'aria-labelledby': 'report-heading' }, [
			h('h2', { id: 'report-heading' }, t('report.heading')),
			props.filed ? h('div', { id: 'filed', role: 'status', class: 'filed' }, [
				h('p', t('report.filed')),
				h('p', [t('report.ticket'), h('strong', { id: 'filed-ticket' }, props.filed.caseNo)]),
				h('p', [t('report.code'), h('strong', { id: 'filed-code' }, props.filed.code)]),
				h('p', { class: 'warning' }, t('report.keepCode')),
				h('button', { type: 'button', id: 'go-track', onClick: () => emit('track') }, t('report.track')),
			]) : null,
			h('form', { id: 'report-form', novalidate: true, onSubmit: submit }, [
				districts.value.length > 1 ? field('district', 'report.district', h('select', { id: 'district',
					value: district.value, onChange: (event) => {
						district.value = event.target.value;
						guard(loadCategories);
					} }, [
					h('option', { value: '' }, t('report.chooseDistrict')),
					...districts.value.map((one) => h('option', { value: one.code }, one.name))])) : null,
				field('category', 'report.category', h('select', { id: 'category', value: category.value,
					onChange: (event) => { category.value = event.target.value; } }, [
					h('option', { value: '' }, t('report.choose')),
					...groups().map((group) => h('optgroup', { label: group }, categories.value
						.filter((one) => one.group === group)
						.map((one) => h('option', { value: `${one.kind}:${one.code}` }, label(one))))),
				])),
				h(MapPick, { modelValue: place.value, 'onUpdate:modelValue': (value) => { place.value = value; } }),
				missing.value.includes('place') ? h('p', { class: 'missing', id: 'place-missing' }, t('report.placeRequired'))
					: null,
				field('description', 'report.description', h('textarea', { id: 'description', rows: 4, maxlength: 2000,
					value: description.value, onInput: (event) => { description.value = event.target.value; } })),
				field('address', 'report.address', h('input', { id: 'address', maxlength: 200, value: address.value,
					onInput: (event) => { address.value = event.target.value; } })),
				h('div', { class: 'field' }, [
					h('label', { for: 'photos' }, t('report.photos')),
					h('input', { id: 'photos', type: 'file', multiple: true, accept: 'image/jpeg,image/png',
						onChange: (event) => { photos.value = [...event.target.files]; } }),
					h('p', { class: 'muted' }, t('report.photosHint', MAX_PHOTOS)),
					photos.value.length ? h('p', { id: 'photos-chosen' }, t('report.photosChosen', photos.value.length))
						: null,
					missing.value.includes('photos') ? h('p', { class: 'missing', id: 'photos-missing' },
						t('report.tooManyPhotos', MAX_PHOTOS)) : null,
				]),
				field('contact-name', 'report.contactName', h('input', { id: 'contact-name', maxlength: 50,
					autocomplete: 'name', value: contactName.value,
					onInput: (event) => { contactName.value = event.target.value; } })),
				field('contact-phone', 'report.contactPhone', h('input', { id: 'contact-phone', type: 'tel', maxlength: 20,
					autocomplete: 'tel', value: contactPhone.value,
					onInput: (event) => { contactPhone.value = event.target.value; } })),
				h('p', { class: 'muted' }, t('report.privacy')),
				h('button', { type: 'submit', id: 'report-submit', class: 'primary', disabled: sending.value },
					t('report.send')),
			]),
		]);
	},
};
