import { createApp } from '../vue.js';
import { createI18n } from '../i18n.js';
import { MeetingsPage } from './MeetingsPage.js';
import en from './messages.en.js';
import zhCN from './messages.zh-CN.js';

/**
 * The meetings page (会商与例会): the meetings of a unit or of a grid the caller serves, their agendas of stuck cases,
 * decisions and minutes.
 */
createApp(MeetingsPage).provide('i18n', createI18n({ 'zh-CN': zhCN, en })).mount('#app');
