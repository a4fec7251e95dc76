import { createApp } from '../vue.js';
import { createI18n } from '../i18n.js';
import { FieldRulesPage } from './FieldRulesPage.js';
import en from './messages.en.js';
import zhCN from './messages.zh-CN.js';

/** The field rules page (人员进驻、巡查频次与在岗督查): the units' staffing, patrol and spot-check rules. */
createApp(FieldRulesPage).provide('i18n', createI18n({ 'zh-CN': zhCN, en })).mount('#app');
