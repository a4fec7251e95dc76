import { createApp } from '../vue.js';
import { createI18n } from '../i18n.js';
import { AssessmentPage } from './AssessmentPage.js';
import en from './messages.en.js';
import zhCN from './messages.zh-CN.js';

/** The assessment page (考核评价): a month's rankings, scores and figures, down to the cases behind them. */
createApp(AssessmentPage).provide('i18n', createI18n({ 'zh-CN': zhCN, en })).mount('#app');
