/** The historical import page's English texts. */
export default {
	'page.title': 'Historical import',
	'page.subtitle': "Load past cases from another system's CSV, keeping their original times",
	'page.signedInAs': 'Signed in as {0}',
	'page.language': '中文',
	'page.back': 'Back to the workbench',
	'loading': 'Loading…',

	'error.heading': 'That did not work',
	'error.dismiss': 'Dismiss',
	'error.field': '{0}: {1} ({2})',

	'form.file': 'CSV file',
	'form.mapping': 'Mapping',
	'form.nyc311': 'NYC 311 service requests (nyc311)',
	'form.document': 'Or paste a mapping of your own (YAML; used when given)',
	'form.try': 'Try it (writes nothing)',
	'form.start': 'Import',

	'dryRun.heading': 'Trial result',
	'dryRun.summary': '{0} rows, {1} can be imported.',
	'problems.heading': '{0} rows cannot be imported',
	'problems.none': 'Every row can be imported.',
	'problems.row': 'Row',
	'problems.key': 'Source key',
	'problems.column': 'Column',
	'problems.reason': 'Why',

	'job.heading': 'Import {0}',
	'job.RUNNING': 'Importing: {0} rows done, {1} failed, of {2}.',
	'job.DONE': 'Done: {0} rows imported, {1} failed, of {2}.',
	'job.FAILED': 'Stopped: {0} rows imported, {1} failed, of {2}.',
	'jobs.heading': 'Past imports',
	'jobs.line': '#{0} {1}: {2}, {3}/{4} rows, started by {5}',
	'state.RUNNING': 'running',
	'state.DONE': 'done',
	'state.FAILED': 'stopped',
};
