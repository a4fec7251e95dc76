import { createApp } from '../vue.js';
import { createI18n } from '../i18n.js';
import { ImportsPage } from './ImportsPage.js';
import en from './messages.en.js';
import zhCN from './messages.zh-CN.js';

/** The historical import page (历史案件导入): a district's past cases loaded from another system's CSV. */
createApp(ImportsPage).provide('i18n', createI18n({ 'zh-CN': zhCN, en })).mount('#app');
