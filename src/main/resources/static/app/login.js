import { createI18n } from './i18n.js';
import { createApp } from './vue.js';
import { LoginPage } from './desk/LoginPage.js';
import en from './desk/messages.en.js';
import zhCN from './desk/messages.zh-CN.js';

/** The sign-in page. */
createApp(LoginPage).provide('i18n', createI18n({ 'zh-CN': zhCN, en })).mount('#app');
