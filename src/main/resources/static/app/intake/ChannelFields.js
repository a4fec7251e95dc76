import { h, inject } from '../vue.js';
import { described, errorLines } from './fields.js';

/** The channels an intake operator enters, and the number each carries from its source system. */
export const CHANNELS = { HOTLINE_12345: 'ticketNo', POLICE_110: 'incidentNo', CITIZEN: null };

/** Where the report came from (12345, 110, in person) and its ticket or incident number. */
export const ChannelFields = {
	props: { form: Object, errors: Object },
	setup(props) {
		const { t } = inject('i18n');
		return () => {
			const form = props.form;
			const detail = CHANNELS[form.channel];
			return h('fieldset', { id: 'channel-fields' }, [
				h('legend', {}, t('channel.legend')),
				h('div', { class: 'choices', role: 'radiogroup' }, Object.keys(CHANNELS).map((channel) => h('label', { class: 'choice' }, [
					h('input', { type: 'radio', name: 'channel', id: `channel-${channel}`, value: channel,
						checked: form.channel === channel, onChange: () => { form.channel = channel; },
						...described(props.errors, `channel-${channel}`, 'channel-hint') }),
					t(`channel.${channel}`),
				]))),
				errorLines(props.errors, 'channel-HOTLINE_12345'),
				h('p', { id: 'channel-hint', class: 'hint' }, t('channel.hint')),
				detail ? h('div', { class: 'field' }, [
					h('label', { for: 'channel-ref' }, t(`channel.${detail}`)),
					h('input', { id: 'channel-ref', value: form.channelRef, autocomplete: 'off', required: true,
						onInput: (event) => { form.channelRef = event.target.value; }, ...described(props.errors, 'channel-ref') }),
					errorLines(props.errors, 'channel-ref'),
				]) : null,
			]);
		};
	},
};
