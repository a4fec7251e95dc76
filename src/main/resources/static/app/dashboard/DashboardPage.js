import { channelName, useChannels } from '../channels.js';
import { formatClock, useDistrictZone } from '../desk/time.js';
import { computed, h, inject, onBeforeUnmount, onMounted, reactive, ref, watchEffect } from '../vue.js';
import { COLOURS, categoryOption, channelOption, onTimeOption, streetOption } from './charts.js';
import { getJson, openFeed } from './client.js';
import { EChart } from './EChart.js';
import { FeedList } from './FeedList.js';
import { KpiTiles } from './KpiTiles.js';
import { countLine } from './live.js';

/** How often the figures are read afresh, besides the live lines counted in between. */
const REFRESH_MILLIS = 60_000;

/** How many feed lines stay on screen. */
const LINES = 30;


/**
 * The big screen: a header with the day and the feed's state, five headline figures, four charts and the live feed.
 * Laid out for 1920×1080 and usable on a desktop. The figures come from the server within the viewer's data scope;
 * each feed line is counted into them at once, and they are read afresh every minute and after the feed resets.
 */
export const DashboardPage = {
	setup() {
		const { t, locale, locales, use } = inject('i18n');
		useChannels();
		const me = ref(null);
		const figures = ref(null);
		const lines = ref([]);
		const connected = ref(false);
		const problem = ref('');
		const now = ref(new Date());
		const zone = useDistrictZone();
		const timers = [];
		let closeFeed = null;

		async function reload() {
			try {
				figures.value = reactive(await getJson('/api/v1/dashboard/figures'));
				problem.value = '';
			}
			catch (failure) {
				problem.value = failure.status === 403 ? t('page.forbidden') : t('page.failed', failure.message);
			}
		}

		function hear(line) {
			if (lines.value.some((known) => known.id === line.id)) {
				return;
			}
			lines.value = [line, ...lines.value].sort((a, b) => b.id - a.id).slice(0, LINES);
			countLine(figures.value, line);
		}

		watchEffect(() => {
			document.title = `${t('page.title')} · OneGrid`;
		});
		onMounted(async () => {
			me.value = await getJson('/api/v1/auth/me').catch(() => null);
			await reload();
			if (figures.value) {
				closeFeed = openFeed({
					onLine: hear,
					onReset: () => {
						lines.value = [];
						reload();
					},
					onState: (state) => {
						connected.value = state;
					},
				});
			}
			timers.push(setInterval(reload, REFRESH_MILLIS));
			timers.push(setInterval(() => {
				now.value = new Date();
			}, 1000));
			document.body.dataset.ready = 'true';
		});
		onBeforeUnmount(() => {
			timers.forEach(clearInterval);
			if (closeFeed) {
				closeFeed();
			}
		});

		const categoryLabel = (category) => (locale.value === 'en' ? category.nameEn : category.nameZh);
		const options = computed(() => {
			const f = figures.value;
			if (!f) {
				return null;
			}
			return {
				channels: channelOption(f.intakeToday, Object.keys(f.intakeToday), (code) => channelName(code, locale, t)),
				streets: streetOption(f.streets, { open: t('chart.streets.open'), overdue: t('chart.streets.overdue') }),
				onTime: onTimeOption(f.onTimeRate, t('chart.onTime')),
				topToday: categoryOption(f.topToday.map((c) => ({ label: categoryLabel(c), count: c.count })), t('chart.count'), COLOURS.open),
				topMonth: categoryOption(f.topMonth.map((c) => ({ label: categoryLabel(c), count: c.count })), t('chart.count'), COLOURS.warn),
			};
		});

		const otherLocale = () => locales.find((candidate) => candidate !== locale.value);

		function header() {
			const f = figures.value;
			return h('header', { id: 'top-bar' }, [
				h('h1', { id: 'page-title' }, t('page.title')),
				h('span', { class: 'subtitle' }, t('page.subtitle')),
				f ? h('span', { id: 'day', class: 'day' }, [
					`${f.date} · ${f.workingDay ? t('page.workingDay') : t('page.restDay')} · `,
					t('page.workingDays', f.workingDaysSoFar, f.workingDaysInMonth),
				]) : null,
				h('span', { class: 'spacer' }),
				h('span', { id: 'clock', class: 'clock' }, formatClock(now.value, zone.value, locale.value)),
				me.value ? h('span', { class: 'muted' }, t('page.signedInAs', me.value.displayName)) : null,
				h('button', { id: 'language', type: 'button', onClick: () => use(otherLocale()) }, t('page.language')),
				h('a', { class: 'link', href: '/' }, t('page.back')),
			]);
		}

		function panel(id, title, option, extra) {
			return h('section', { class: ['panel', extra] }, [h('h2', null, title), h(EChart, { id, option })]);
		}

		return () => {
			const o = options.value;
			return h('div', { class: 'dashboard' }, [
				header(),
				problem.value ? h('p', { id: 'problem', class: 'problem', role: 'alert' }, problem.value) : null,
				figures.value ? h(KpiTiles, { figures: figures.value }) : null,
				o ? h('main', { id: 'dashboard-grid', class: 'grid' }, [
					panel('chart-channels', t('chart.channels'), o.channels, 'channels'),
					panel('chart-streets', t('chart.streets'), o.streets, 'streets'),
					panel('chart-on-time', t('chart.onTime'), o.onTime, 'on-time'),
					panel('chart-top-today', t('chart.topToday'), o.topToday, 'top-today'),
					panel('chart-top-month', t('chart.topMonth'), o.topMonth, 'top-month'),
					h(FeedList, { lines: lines.value, connected: connected.value, zone: zone.value }),
				]) : null,
			]);
		};
	},
};
