import { ref } from './vue.js';

const STORED = 'onegrid.locale';

/**
 * Message bundles for Vue pages: one bundle per locale, zh-CN first and English second. The locale comes from
 * ?lang=, then the last choice, then zh-CN; a key missing from a bundle falls back to zh-CN, then to the key itself.
 * Placeholders {0}, {1}… are filled from the arguments.
 */
export function createI18n(bundles) {
	const locales = Object.keys(bundles);
	const requested = new URLSearchParams(window.location.search).get('lang') || window.localStorage.getItem(STORED);
	const locale = ref(locales.includes(requested) ? requested : locales[0]);
	document.documentElement.lang = locale.value;

	function t(key, ...args) {
		const text = bundles[locale.value][key] ?? bundles[locales[0]][key] ?? key;
		return text.replace(/\{(\d+)\}/g, (match, index) => (index < args.length ? String(args[index]) : match));
	}

	function use(next) {
		locale.value = next;
		document.documentElement.lang = next;
		window.localStorage.setItem(STORED, next);
	}

	return { t, locale, locales, use };
}
