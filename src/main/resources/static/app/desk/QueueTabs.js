import { h, inject } from '../vue.js';

/** The caller's work queues with how many cases wait in each; the chosen one is pressed. */
export const QueueTabs = {
	props: { queues: Array, current: String, counts: Object },
	emits: ['choose'],
	setup(props, { emit }) {
		const { t } = inject('i18n');
		const shown = (count) => (count === undefined || count === null ? '…' : count.capped ? `${count.total}+`
			: String(count.total));
		return () => h('nav', { id: 'queues', 'aria-label': t('queue.heading') }, [
			h('h2', { class: 'visually-hidden' }, t('queue.heading')),
			props.queues.length ? h('ul', props.queues.map((queue) => {
				const count = props.counts[queue.key];
				return h('li', h('button', {
					type: 'button', id: `queue-${queue.key}`, class: ['queue', { current: queue.key === props.current }],
					'aria-pressed': String(queue.key === props.current),
					'aria-label': t('queue.countLabel', t(`queue.${queue.key}`), shown(count)),
					onClick: () => emit('choose', queue.key),
				}, [h('span', { class: 'queue-name' }, t(`queue.${queue.key}`)),
					h('span', { class: 'queue-count', id: `queue-count-${queue.key}` }, shown(count))]));
			})) : h('p', { class: 'muted' }, t('queue.none')),
		]);
	},
};
