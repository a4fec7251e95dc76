import { createApp } from '../vue.js';
import { createI18n } from '../i18n.js';
import en from './messages.en.js';
import zhCN from './messages.zh-CN.js';
import { PortalPage } from './PortalPage.js';

/** The citizen portal: report a problem, follow it by ticket number and code, rate the result. No sign-in. */
createApp(PortalPage).provide('i18n', createI18n({ 'zh-CN': zhCN, en })).mount('#app');
