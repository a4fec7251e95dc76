import { createApp } from '../vue.js';
import { createI18n } from '../i18n.js';
import { IntakePage } from './IntakePage.js';
import en from './messages.en.js';
import zhCN from './messages.zh-CN.js';

/** The new-case page for the 12345 and 110 intake operators. */
createApp(IntakePage).provide('i18n', createI18n({ 'zh-CN': zhCN, en })).mount('#app');
