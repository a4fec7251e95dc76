/**
 * ECharts 5.3.1, the ES-module build from its webjar. It draws on a canvas and sets styles through the DOM, so it runs
 * under the Content-Security-Policy that forbids eval, inline scripts and inline style attributes.
 */
export * from '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';
