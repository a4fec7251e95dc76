import { channelName, useChannels } from '../channels.js';
import { h, inject } from '../vue.js';
import { described, errorLines } from './fields.js';

/** The built-in channels an intake operator enters, and the number each carries from its source system. */
const BUILT_IN = { HOTLINE_12345: 'ticketNo', POLICE_110: 'incidentNo', CITIZEN: null };

/**
 * The channels offered: the built-in hotline, 110 and in-person ones, then the district's own channels (the digital
 * city-management platform, WeChat…) except patrol ones, which grid workers report from themselves.
 */
export function offeredChannels(channels) {
	const own = channels.filter((channel) => channel.code !== channel.kind && channel.kind !== 'PATROL');
	return [...Object.keys(BUILT_IN), ...own.map((channel) => channel.code)];
}

/** The detail a report on the channel carries from its source system, such as its ticket number, if any. */
export function channelDetail(code, channels) {
	if (code in BUILT_IN) {
		return BUILT_IN[code];
	}
	const found = channels.find((channel) => channel.code === code);
	return found && found.requiredDetails.length ? found.requiredDetails[0] : null;
}

/** Where the report came from (12345, 110, in person) and its ticket or incident number. */
export const ChannelFields = {
	props: { form: Object, errors: Object },
	setup(props) {
		const { t, locale } = inject('i18n');
		const channels = useChannels();
		const detailLabel = (detail) => (t(`channel.${detail}`) === `channel.${detail}` ? detail : t(`channel.${detail}`));
		return () => {
			const form = props.form;
			const detail = channelDetail(form.channel, channels.value);
			return h('fieldset', { id: 'channel-fields' }, [
				h('legend', {}, t('channel.legend')),
				h('div', { class: 'choices', role: 'radiogroup' }, offeredChannels(channels.value).map((channel) => h('label', { class: 'choice' }, [
					h('input', { type: 'radio', name: 'channel', id: `channel-${channel}`, value: channel,
						checked: form.channel === channel, onChange: () => { form.channel = channel; },
						...described(props.errors, `channel-${channel}`, 'channel-hint') }),
					channelName(channel, locale, t),
				]))),
				errorLines(props.errors, 'channel-HOTLINE_12345'),
				h('p', { id: 'channel-hint', class: 'hint' }, t('channel.hint')),
				detail ? h('div', { class: 'field' }, [
					h('label', { for: 'channel-ref' }, detailLabel(detail)),
					h('input', { id: 'channel-ref', value: form.channelRef, autocomplete: 'off', required: true,
						onInput: (event) => { form.channelRef = event.target.value; }, ...described(props.errors, 'channel-ref') }),
					errorLines(props.errors, 'channel-ref'),
				]) : null,
			]);
		};
	},
};
