import { createApp } from '../vue.js';
import { createI18n } from '../i18n.js';
import { DashboardPage } from './DashboardPage.js';
import en from './messages.en.js';
import zhCN from './messages.zh-CN.js';

/** The big-screen dashboard (一屏观天下): the day's figures, charts and the live case feed. */
createApp(DashboardPage).provide('i18n', createI18n({ 'zh-CN': zhCN, en })).mount('#app');
