import { get } from '../api.js';
import { h, inject, onMounted, ref } from '../vue.js';
import { districtPicker, sender, toggled, useDistricts } from './districtChoice.js';
import { FieldErrors } from './FieldErrors.js';

/**
 * The channels each district served takes cases in on, chosen from the installation's channels: pick a district,
 * tick its channels and save, or let it take cases on every channel again. A report at a place in the district on
 * another channel is then refused. The list of districts follows the districts panel; a refusal of the choice shows
 * beside it. Who may not manage the catalogue sees the choice without changing it.
 */
export const DistrictChannelsPanel = {
	props: { context: { type: Object, required: true }, editable: Boolean },
	setup(props) {
		const { t, locale } = inject('i18n');
		const channels = ref([]);
		const district = ref('');
		const districts = useDistricts(props.context, district);
		const every = ref(true);
		const chosen = ref(new Set());

		/** Shows the district's choice once it has loaded, so that nothing ticked meanwhile is lost. */
		async function choose(code) {
			const taken = code ? await get(`/api/v1/district-channels/${encodeURIComponent(code)}`) : null;
			if (taken) {
				every.value = taken.everyChannel;
				chosen.value = new Set(taken.channels);
			}
			district.value = code;
		}

		const toggle = (code, on) => { chosen.value = toggled(chosen.value, code, on); };

		const act = sender(props.context, 'dchannels', (code) => `/api/v1/district-channels/${code}`, district, choose);
		onMounted(() => props.context.guard(async () => {
			channels.value = await get('/api/v1/channels');
		}));

		const name = (channel) => (locale.value === 'en' ? channel.nameEn : channel.nameZh);

		return () => h('section', { id: 'dchannels-panel', 'aria-labelledby': 'dchannels-heading' }, [
			h('h2', { id: 'dchannels-heading' }, t('dchannels.heading')),
			h('p', { class: 'muted' }, t('dchannels.hint')),
			districtPicker(t, 'dchannels', districts.value, district.value, props.context, choose),
			district.value ? h('div', { id: 'dchannels-choice' }, [
				h('p', { id: 'dchannels-status' }, every.value ? t('dchannels.every') : t('dchannels.count', chosen.value.size)),
				h('fieldset', { class: 'offer-list' }, [h('legend', t('dchannels.legend')),
					...channels.value.map((channel) => h('label', { class: 'offer' }, [
						h('input', { type: 'checkbox', id: `dchannel-${channel.code}`, checked: chosen.value.has(channel.code),
							disabled: !props.editable, onChange: (event) => toggle(channel.code, event.target.checked) }),
						` ${name(channel)} (${channel.code})`]))]),
				h(FieldErrors, { problem: props.context.problemOf.value === 'dchannels' ? props.context.problem.value
					: null, field: 'channels', id: 'dchannels-error' }),
				props.editable ? h('div', { class: 'row-form' }, [
					h('button', { type: 'button', id: 'dchannels-save', onClick: () => act('PUT',
						{ channels: [...chosen.value] }, () => t('dchannels.saved', chosen.value.size)) }, t('dchannels.save')), ' ',
					h('button', { type: 'button', id: 'dchannels-reset', class: 'link', disabled: every.value,
						onClick: () => act('DELETE', undefined, () => t('dchannels.resetDone')) }, t('dchannels.reset'))]) : null,
			]) : null,
		]);
	},
};
