package org.onegrid.portal;

import java.util.ArrayList;
import java.util.List;

import org.onegrid.api.ApiProblem;
import org.onegrid.attachment.AttachmentReferences;
import org.onegrid.attachment.CitizenPhotos;
import org.onegrid.cases.CaseView;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The photos of a portal report. They are sent with the report itself, because a citizen has no account to upload
 * them under beforehand, and are shown back only to whoever holds the case's tracking code, numbered from 1 in the
 * order they were sent; nothing else a case carries (a worker's photos of the repair, say) is shown.
 */
@Component
class PortalPhotos {

	private static final String UPLOADER = "citizen-portal";

	private final CitizenPhotos photos;

	PortalPhotos(CitizenPhotos photos) {
		this.photos = photos;
	}

	/** Checks and stores the photos, refused field by field as {@code photos[i]}; none gives no references. */
	List<String> keep(List<MultipartFile> files) {
		return files == null || files.isEmpty() ? List.of() : photos.store(files, "photos", UPLOADER);
	}

	/** Removes photos kept for a report that was then not filed. */
	void discard(List<String> references) {
		if (!references.isEmpty()) {
			photos.discard(references);
		}
	}

	/** What tracking shows of the report's photos. */
	List<PublicCase.Photo> of(CaseView view) {
		List<String> stored = stored(view);
		List<PublicCase.Photo> shown = new ArrayList<>();
		for (int i = 0; i < stored.size(); i++) {
			shown.add(new PublicCase.Photo(i + 1));
		}
		return shown;
	}

	/** @throws ApiProblem 404 when the case has no photo of that number */
	CitizenPhotos.Photo open(CaseView view, int number) {
		List<String> stored = stored(view);
		if (number < 1 || number > stored.size()) {
			throw ApiProblem.notFound("Photo", Integer.toString(number));
		}
		return photos.open(stored.get(number - 1))
			.orElseThrow(() -> ApiProblem.notFound("Photo", Integer.toString(number)));
	}

	private static List<String> stored(CaseView view) {
		return view.attachments().stream().filter(AttachmentReferences::isReference).toList();
	}
}
