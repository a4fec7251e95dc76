import { h, inject, ref } from '../vue.js';

/**
 * One waiting ticket: where it came from, the caller's words and place, why it waits, and how long is left to
 * answer; the operator picks the class from the catalogue, may have the source's words remembered for that class,
 * and files it.
 */
const REASONS = ['UNMAPPED_CATEGORY', 'NO_LOCATION', 'INTAKE_REFUSED'];

function reason(text) {
	const code = (text || '').split(':')[0];
	return REASONS.includes(code) ? `reason.${code}` : 'reason.OTHER';
}

export const TicketCard = {
	props: { ticket: { type: Object, required: true }, categories: { type: Array, required: true },
		format: { type: Object, required: true } },
	emits: ['resolve'],
	setup(props, { emit }) {
		const { t, locale } = inject('i18n');
		const chosen = ref('');
		const remember = ref(false);
		const id = props.ticket.id;
		const name = (minor) => (locale.value === 'en' ? minor.nameEn || minor.nameZh : minor.nameZh);
		const major = (minor) => (locale.value === 'en' ? minor.majorEn || minor.majorZh : minor.majorZh);

		function submit(event) {
			event.preventDefault();
			if (chosen.value) {
				const [kind, minorCode] = chosen.value.split(':');
				emit('resolve', props.ticket, { kind, minorCode, remember: remember.value });
			}
		}

		return () => {
			const ticket = props.ticket;
			const due = props.format.deadline(ticket.replyDue);
			return h('form', { class: 'panel ticket', 'data-ticket': id, onSubmit: submit }, [
				h('h2', `${ticket.source} · ${ticket.ticketNo}`),
				h('p', [h('strong', t('ticket.words')), ' ', ticket.category || '—', ' · ',
					t(reason(ticket.triageReason))]),
				h('p', { class: 'content' }, ticket.content),
				h('p', { class: 'muted' }, [t('ticket.address'), ' ', ticket.address || '—', ' · ', t('ticket.received'),
					' ', props.format.time(ticket.receivedAt)]),
				due ? h('p', { class: due.overdue ? 'warning' : 'muted', 'data-overdue': String(due.overdue) },
					[t('ticket.reply'), ' ', due.text]) : null,
				h('label', { class: 'field', for: `category-${id}` }, t('ticket.category')),
				h('select', { id: `category-${id}`, value: chosen.value, required: true,
					onChange: (event) => { chosen.value = event.target.value; } }, [
					h('option', { value: '' }, t('ticket.choose')),
					...props.categories.map((minor) => h('option', { value: `${minor.kind}:${minor.code}` },
						`${major(minor)} / ${name(minor)} (${minor.code})`)),
				]),
				ticket.category ? h('label', { class: 'check' }, [
					h('input', { type: 'checkbox', id: `remember-${id}`, checked: remember.value,
						onChange: (event) => { remember.value = event.target.checked; } }),
					' ', t('ticket.remember', ticket.category),
				]) : null,
				h('button', { type: 'submit', id: `resolve-${id}`, class: 'primary', disabled: !chosen.value },
					t('ticket.resolve')),
			]);
		};
	},
};
