/**
 * Builds an element: el('li', { className: 'x', onclick: f, dataset: { code } }, 'text', child…).
 * Strings become text nodes, so API values are never parsed as HTML.
 */
export function el(tag, props = {}, ...children) {
	const element = document.createElement(tag);
	for (const [key, value] of Object.entries(props)) {
		if (key === 'dataset') {
			Object.assign(element.dataset, value);
		}
		else if (key.startsWith('on')) {
			element.addEventListener(key.slice(2), value);
		}
		else if (key in element) {
			element[key] = value;
		}
		else {
			element.setAttribute(key, value);
		}
	}
	for (const child of children.flat()) {
		if (child !== null && child !== undefined && child !== '') {
			element.append(child instanceof Node ? child : document.createTextNode(String(child)));
		}
	}
	return element;
}

/** Fills a select with options [{value, label}], keeping the current choice when it is still offered. */
export function fillSelect(select, options) {
	const current = select.value;
	select.replaceChildren(...options.map(({ value, label }) => el('option', { value }, label)));
	if (options.some((option) => option.value === current)) {
		select.value = current;
	}
}
