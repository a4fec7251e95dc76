import { createApp } from '../vue.js';
import { createI18n } from '../i18n.js';
import { BoundaryImportPage } from './BoundaryImportPage.js';
import en from './messages.en.js';
import zhCN from './messages.zh-CN.js';

/** The boundary import page (网格边界导入): a layer's grids from a surveyed GeoJSON file, tried on the map first. */
createApp(BoundaryImportPage).provide('i18n', createI18n({ 'zh-CN': zhCN, en })).mount('#app');
