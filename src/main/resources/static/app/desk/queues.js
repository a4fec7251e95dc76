/**
 * The work queues and the lifecycle states behind them. A queue is shown to whoever holds one of the permissions
 * needed to act on its cases; "all open" is there for everyone who may read cases.
 */
export const QUEUES = [
	{ key: 'verify', states: ['AWAITING_VERIFICATION'], needs: ['case:verify'] },
	{ key: 'intake', states: ['REPORTED'], needs: ['case:accept', 'case:reject'] },
	{ key: 'filing', states: ['ACCEPTED'], needs: ['case:file'] },
	{ key: 'dispatch', states: ['FILED', 'RETURNED', 'ARBITRATION'], needs: ['case:dispatch', 'case:arbitrate'] },
	{ key: 'signing', states: ['DISPATCHED'], needs: ['case:sign', 'case:return'] },
	{ key: 'handling', states: ['HANDLING'], needs: ['case:feedback', 'case:assist-feedback', 'case:approve'] },
	{ key: 'checking', states: ['HANDLED', 'CHECKED'], needs: ['case:check', 'case:close'] },
	{ key: 'supervision', supervised: true, needs: ['case:supervise', 'case:answer-supervision'] },
	{ key: 'all', needs: ['case:read'] },
];

/** The queues a person with these permissions works on. */
export function queuesFor(permissions) {
	return QUEUES.filter((queue) => queue.needs.some((permission) => permissions.has(permission)));
}

/** The search parameters of a queue with the filters applied. */
export function queueParams(queue, filters, extra = {}) {
	const params = { open: 'true', ...extra };
	if (queue.states) {
		params.state = queue.states;
	}
	if (queue.supervised) {
		params.supervised = 'true';
	}
	for (const [name, value] of Object.entries(filters)) {
		if (value) {
			params[name] = value;
		}
	}
	return params;
}
