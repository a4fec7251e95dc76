import { createApp } from './vue.js';
import { createI18n } from './i18n.js';
import { FieldPage } from './field/FieldPage.js';
import en from './field/messages.en.js';
import zhCN from './field/messages.zh-CN.js';

/** The field page for grid workers and citizens on a phone: reporting, tasks, check-in, patrol, offline queue. */
createApp(FieldPage).provide('i18n', createI18n({ 'zh-CN': zhCN, en })).mount('#app');
