/**
 * What an attachment reference is: a picture to show as a thumbnail, a link to open, or a bare reference (such as a
 * field device's photo id) shown as text. Anything that is not a web address on this site or http(s) is never
 * turned into a link.
 */
const IMAGE = /\.(jpe?g|png|gif|webp|bmp|heic)(\?.*)?$/i;

export function attachmentKind(reference) {
	const linkable = /^https?:\/\//i.test(reference) || (reference.startsWith('/') && !reference.startsWith('//'));
	if (!linkable) {
		return 'text';
	}
	return IMAGE.test(reference) || reference.startsWith('/api/v1/attachments/') ? 'image' : 'link';
}
