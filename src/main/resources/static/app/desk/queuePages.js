import { get } from '../api.js';
import { reactive, ref } from '../vue.js';
import { queueParams } from './queues.js';

const PAGE_SIZE = 20;

/**
 * The chosen queue's page and every queue's count, for the current filters and order. A page is read by the cursor
 * the server gave for it, never by loading everything; moving back re-reads the page from its remembered cursor.
 * A first page comes with its total, which is the chosen queue's count, so that queue's count is not asked for twice.
 *
 * @param queues a ref to the queues shown
 * @param current a ref to the chosen queue
 */
export function useQueuePages(queues, current) {
	const filters = reactive({ category: '', channel: '', light: '', text: '' });
	const sort = ref('deadline');
	const counts = ref({});
	const page = reactive({ items: [], total: null, capped: false, next: null, index: 0, loading: true });
	const cursors = [null];

	async function loadPage() {
		if (!current.value) {
			page.loading = false;
			return;
		}
		const queue = current.value;
		page.loading = true;
		try {
			const found = await get('/api/v1/cases', queueParams(queue, filters,
				{ sort: sort.value, size: PAGE_SIZE, after: cursors[page.index] }));
			page.items = found.items;
			page.next = found.next;
			if (found.total !== null) {
				page.total = found.total;
				page.capped = found.totalCapped;
				counts.value = { ...counts.value, [queue.key]: { total: found.total, capped: found.totalCapped } };
			}
		}
		finally {
			page.loading = false;
		}
	}

	async function loadCounts(counted) {
		const entries = await Promise.all(queues.value.filter((queue) => queue.key !== counted).map(async (queue) => {
			const found = await get('/api/v1/cases', queueParams(queue, filters, { size: 1 }));
			return [queue.key, { total: found.total, capped: found.totalCapped }];
		}));
		const kept = counted && counts.value[counted] ? { [counted]: counts.value[counted] } : {};
		counts.value = { ...Object.fromEntries(entries), ...kept };
	}

	/** Reads the page shown and the counts again, after a change. */
	function reload() {
		return Promise.all([loadPage(), loadCounts(page.index === 0 && current.value ? current.value.key : null)]);
	}

	/** Starts the chosen queue again from its first page. */
	function restart() {
		cursors.length = 1;
		page.index = 0;
		page.total = null;
		return reload();
	}

	/** The next page (step 1) or the previous one (step -1). */
	function move(step) {
		if (step > 0 && page.next) {
			cursors[page.index + 1] = page.next;
			page.index += 1;
		}
		else if (step < 0 && page.index > 0) {
			page.index -= 1;
		}
		return loadPage();
	}

	function filter(chosen) {
		Object.assign(filters, chosen.filters);
		sort.value = chosen.sort;
		return restart();
	}

	return { filters, sort, counts, page, reload, restart, move, filter };
}
