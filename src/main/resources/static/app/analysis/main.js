import { createApp } from '../vue.js';
import { createI18n } from '../i18n.js';
import { AnalysisPage } from './AnalysisPage.js';
import en from './messages.en.js';
import zhCN from './messages.zh-CN.js';

/** The analysis page (分析研判): early warnings within the reader's scope, and the forecast of the days ahead. */
createApp(AnalysisPage).provide('i18n', createI18n({ 'zh-CN': zhCN, en })).mount('#app');
