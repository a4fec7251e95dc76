import { api } from '../api.js';
import { useChannels } from '../channels.js';
import { createI18n } from '../i18n.js';
import { createApp } from '../vue.js';
import en from './messages.en.js';
import zhCN from './messages.zh-CN.js';
import { worksInTheField } from './roles.js';
import { startReading, Workbench } from './Workbench.js';

/**
 * The workbench at /: who is signed in decides whether they stay (the command centre and departments) or go to the
 * phone page (grid workers and citizens). Without a session the API call sends them to sign in. What the first view
 * needs besides (the roles, the directory, the calendar, the channels) is asked for at the same time, not after the
 * answer.
 */
const who = api.me();
const reading = startReading();
reading.directoryAndCalendar.catch(() => {});
useChannels();
const me = await who;
if (worksInTheField(me.roles)) {
	window.location.replace('/mobile.html');
}
else {
	createApp(Workbench, { me, reading }).provide('i18n', createI18n({ 'zh-CN': zhCN, en })).mount('#app');
}
