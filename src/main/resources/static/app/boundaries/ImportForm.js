import { h, inject } from '../vue.js';
import { SYSTEMS } from './outcomes.js';

/** The form's property mappings: the option that names each, and the import API's parameter it fills. */
const MAPPINGS = [
	['codeProperty', 'boundary-code', 'code'], ['nameProperty', 'boundary-name', 'name'],
	['parentProperty', 'boundary-parent', 'parent'], ['levelProperty', 'boundary-level', 'level'],
];

/**
 * The choices of a boundary import: the local file, the target layer, which property holds the code, name, parent
 * and level (offering the names the file uses), the coordinate system and the geometry mode. Each field shows the
 * server's refusal of it, by the API's field name, next to it. Every change is emitted as `change(name, value)`.
 */
export const ImportForm = {
	props: { options: { type: Object, required: true }, layers: { type: Array, required: true },
		properties: { type: Array, required: true }, fieldErrors: { type: Object, required: true },
		fileName: String, busy: Boolean, dryRunCurrent: Boolean, refused: Number },
	emits: ['file', 'change', 'dry-run', 'import'],
	setup(props, { emit }) {
		const { t } = inject('i18n');
		const errorOf = (name, id) => (props.fieldErrors[name] ? h('p', { class: 'field-error', id: `${id}-error` },
			props.fieldErrors[name].join(' ')) : null);
		const described = (name, id) => (props.fieldErrors[name] ? { 'aria-describedby': `${id}-error`,
			'aria-invalid': 'true' } : {});
		const select = (name, id, choices) => h('select', { id, value: props.options[name], ...described(name, id),
			onChange: (event) => emit('change', name, event.target.value) }, choices.map(([value, text]) =>
			h('option', { value, selected: value === props.options[name] }, text)));
		const field = (name, id, control) => h('div', { class: 'field' }, [
			h('label', { for: id }, t(`form.${name}`)), control, errorOf(name, id)]);
		const layer = () => props.layers.find((one) => one.code === props.options.layer);

		return () => h('form', { id: 'boundary-form', class: 'panel', onSubmit: (event) => event.preventDefault() }, [
			field('file', 'boundary-file', h('input', { id: 'boundary-file', type: 'file',
				accept: '.geojson,.json,application/geo+json,application/json',
				onChange: (event) => emit('file', event.target.files[0] || null) })),
			props.fileName ? h('p', { id: 'boundary-file-name', class: 'muted' }, t('form.fileRead', props.fileName,
				props.properties.join(', ') || '—')) : null,
			field('layer', 'boundary-layer', select('layer', 'boundary-layer', [['', t('form.chooseLayer')],
				...props.layers.map((one) => [one.code, `${one.name} (${one.code})`])])),
			layer() ? h('p', { id: 'boundary-levels', class: 'muted' }, t('form.levels', layer().levelNames.join(' › '),
				layer().gridCount)) : null,
			...MAPPINGS.map(([name, id, fallback]) => field(name, id, select(name, id, [['', t('form.default', fallback)],
				...props.properties.map((property) => [property, property])]))),
			field('crs', 'boundary-crs', select('crs', 'boundary-crs', SYSTEMS.map((crs) => [crs, t(`crs.${crs}`)]))),
			h('fieldset', { id: 'boundary-mode', ...described('geometry', 'boundary-mode') }, [
				h('legend', t('form.geometry')),
				...['strict', 'repair'].map((mode) => h('label', { class: 'radio' }, [
					h('input', { type: 'radio', name: 'geometry', id: `boundary-mode-${mode}`, value: mode,
						checked: props.options.geometry === mode, onChange: () => emit('change', 'geometry', mode) }),
					` ${t(`mode.${mode}`)}`])),
				errorOf('geometry', 'boundary-mode'),
			]),
			props.refused ? h('label', { class: 'radio', id: 'boundary-omit-label' }, [
				h('input', { type: 'checkbox', id: 'boundary-omit', checked: props.options.omitRefused,
					onChange: (event) => emit('change', 'omitRefused', event.target.checked) }),
				` ${t('form.omitRefused', props.refused)}`]) : null,
			h('div', { class: 'buttons' }, [
				h('button', { type: 'button', id: 'boundary-dry-run', disabled: props.busy || !props.fileName
					|| !props.options.layer, onClick: () => emit('dry-run') }, t('form.dryRun')),
				h('button', { type: 'button', id: 'boundary-import', class: 'primary', disabled: props.busy
					|| !props.dryRunCurrent, onClick: () => emit('import') }, t('form.import')),
			]),
			props.dryRunCurrent ? null : h('p', { class: 'muted', id: 'boundary-import-hint' }, t('form.importHint')),
		]);
	},
};
