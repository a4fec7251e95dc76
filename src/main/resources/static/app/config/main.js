import { createApp } from '../vue.js';
import { createI18n } from '../i18n.js';
import { ConfigPage } from './ConfigPage.js';
import en from './messages.en.js';
import zhCN from './messages.zh-CN.js';

/** The configuration page: categories and time limits, the responsibility matrix, grid teams and accounts. */
createApp(ConfigPage).provide('i18n', createI18n({ 'zh-CN': zhCN, en })).mount('#app');
