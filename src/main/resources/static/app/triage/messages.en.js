/** The triage page's English texts. */
export default {
	'page.title': 'Hotline triage',
	'page.subtitle': 'Tickets from 12345, 12319, 110 and the provincial platform waiting for a person',
	'page.signedInAs': 'Signed in as {0}',
	'page.language': '中文',
	'page.back': 'Back to the workbench',
	'page.waiting': '{0} tickets waiting, oldest first.',
	'loading': 'Loading…',

	'error.heading': 'That did not work',
	'error.dismiss': 'Dismiss',
	'error.field': '{0}: {1} ({2})',

	'ticket.words': 'Source category:',
	'ticket.address': 'Address:',
	'ticket.received': 'Received:',
	'ticket.reply': 'Reply due:',
	'ticket.category': 'Category to file under',
	'ticket.choose': 'Choose a category',
	'ticket.remember': 'Remember: file "{0}" under this category from now on',
	'ticket.resolve': 'File as a case',
	'reason.UNMAPPED_CATEGORY': 'The source category maps to no category',
	'reason.NO_LOCATION': 'No location',
	'reason.INTAKE_REFUSED': 'Intake refused it; a person must decide',
	'reason.OTHER': 'Waiting',
	'notice.cased': 'Ticket {0} filed as case {1}.',

	'span.days': '{0} d',
	'span.hours': '{0} h',
	'span.minutes': '{0} min',
	'deadline.left': '{0} left',
	'deadline.overdue': '{0} overdue',
};
