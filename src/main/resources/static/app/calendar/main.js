import { createApp } from '../vue.js';
import { createI18n } from '../i18n.js';
import { CalendarPage } from './CalendarPage.js';
import en from './messages.en.js';
import zhCN from './messages.zh-CN.js';

/** The working-calendar page: loading yearly holiday schedules and editing single days. */
createApp(CalendarPage).provide('i18n', createI18n({ 'zh-CN': zhCN, en })).mount('#app');
