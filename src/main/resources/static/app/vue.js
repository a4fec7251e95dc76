/**
 * Vue 3, the runtime-only browser build from its webjar: components are written as render functions, so pages need
 * no template compiler and run under a Content-Security-Policy that forbids inline scripts and eval.
 */
export * from '/webjars/vue/3.5.13/dist/vue.runtime.esm-browser.prod.js';
