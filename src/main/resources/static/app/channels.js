import { get } from './api.js';
import { ref } from './vue.js';

/**
 * The district's intake channels, read once per page: the built-in ones and those the district added (WeChat, the
 * digital city-management platform…), each shown by its own name in the page's language.
 */
const list = ref([]);
let loading = null;

/** The channels, loading them on first use; a page that cannot read them keeps the built-in names. */
export function useChannels() {
	if (!loading) {
		loading = get('/api/v1/channels').then((channels) => { list.value = channels; }).catch(() => {});
	}
	return list;
}

/** A channel's name: its stored name in the page's language, else the bundle's, else its code. */
export function channelName(code, locale, t) {
	const found = list.value.find((channel) => channel.code === code);
	if (found) {
		return locale.value === 'zh-CN' ? found.nameZh : found.nameEn || found.nameZh;
	}
	const key = `channel.${code}`;
	return t(key) === key ? code : t(key);
}
