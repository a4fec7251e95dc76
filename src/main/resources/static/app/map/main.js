import { createApp } from '../vue.js';
import { createI18n } from '../i18n.js';
import { MapPage } from './MapPage.js';
import en from './messages.en.js';
import zhCN from './messages.zh-CN.js';

/** The map page: grid layers on the base map, cases as pins, a grid's team and cases, and coverage findings. */
createApp(MapPage).provide('i18n', createI18n({ 'zh-CN': zhCN, en })).mount('#app');
