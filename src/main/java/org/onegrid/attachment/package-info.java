/**
 * Attachments (附件): the photos and documents that reports, verifications, feedback and checks carry.
 * <p>
 * A file is uploaded once, recognised by its content, cleared of its GPS position unless the uploader's role keeps
 * it, stored in the attachment store and answered with its address, {@code /api/v1/attachments/<id>}; a case step
 * then lists that address among its attachments. {@link org.onegrid.attachment.AttachmentReferences} checks such
 * addresses for the cases module and records which cases use a file, so that the people who may see the case may
 * see the file; {@link org.onegrid.attachment.CaseReaders} is how this module asks who may see a case.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attachments")
package org.onegrid.attachment;
