import { createApp } from '../vue.js';
import { createI18n } from '../i18n.js';
import { TriagePage } from './TriagePage.js';
import en from './messages.en.js';
import zhCN from './messages.zh-CN.js';

/** The triage page (工单分拣): hotline tickets whose class or place no rule could tell, resolved by a person. */
createApp(TriagePage).provide('i18n', createI18n({ 'zh-CN': zhCN, en })).mount('#app');
