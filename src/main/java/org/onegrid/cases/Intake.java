package org.onegrid.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.attachment.AttachmentReferences;
import org.onegrid.catalogue.Catalogue;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes reports in from every channel (受理入口).
 * <p>
 * A report is checked completely, located in every grid layer (its grid trails are kept on the case), given the
 * grid that handles it by its tier, and compared with open cases of the same minor class nearby to flag possible
 * duplicates. Reports from channels that need verification wait for the grid's worker; a grid worker's
 * {@linkplain NewCase#selfHandled() self-handled} report is closed at once.
 * <p>
 * Intake is idempotent: a report with a request id already used returns the case that id created, however often
 * it is retried and whichever instance gets it. The same id with different content is refused. A new case, its
 * first timeline entries and its events are stored in one transaction.
 */
@Service
public class Intake {

	private final Cases cases;

	private final Catalogue catalogue;

	private final Places places;

	private final CaseRules rules;

	private final CasesProperties properties;

	private final CaseViews views;

	private final CaseWriter writer;

	private final TransactionTemplate transactions;

	private final RepeatReports repeated;

	private final AttachmentReferences attachments;

	private final IntakeChannels channels;

	private final CaseDistricts districts;

	Intake(Cases cases, Catalogue catalogue, Places places, CaseRules rules, CasesProperties properties,
			CaseViews views, CaseWriter writer, TransactionTemplate transactions, RepeatReports repeated,
			AttachmentReferences attachments, IntakeChannels channels, CaseDistricts districts) {
		this.districts = districts;
		this.channels = channels;
		this.transactions = transactions;
		this.repeated = repeated;
		this.attachments = attachments;
		this.cases = cases;
		this.catalogue = catalogue;
		this.places = places;
		this.rules = rules;
		this.properties = properties;
		this.views = views;
		this.writer = writer;
	}

	/** The outcome of a report: the case, and whether this call created it (false for a retry). */
	public record Receipt(CaseView view, boolean created) {
	}

	/**
	 * Takes a report in for the caller, who needs permission {@code case:create}. The reporter recorded is the
	 * caller; only an in-process {@linkplain Grant#system system} caller may name another in {@code reportedBy}. The
	 * channel must be one the caller may report from, and only grid staff may self-handle ({@link ChannelCheck}); a
	 * report that names no channel comes from the caller's own. An attachment that is a stored file ({@code
	 * /api/v1/attachments/<id>}) must be one the caller uploaded or may see ({@link AttachmentReferences}).
	 */
	public Receipt report(NewCase report, Grant grant) {
		return take(report, null, grant);
	}

	/**
	 * Takes a report in as a repeat (重复件) of the open case {@code targetId}: the report is stored as a case of its
	 * own, with its caller and words, and at once merged into the target, so that the work stays on one case. The
	 * target must be one of the report's duplicate candidates (same minor class, near, recent, open) and in the
	 * caller's scope; otherwise nothing is stored and the refusal names {@code targetCaseId}. The new case records
	 * {@code report} and {@code merge}, the target {@code absorb}, and {@link CaseMerged} is published, all in the
	 * transaction that stores the report. Checks as for {@link #report}.
	 */
	public Receipt reportInto(long targetId, NewCase report, Grant grant) {
		return take(report, targetId, grant);
	}

	private Receipt take(NewCase report, Long targetId, Grant grant) {
		Prepared prepared = prepare(report, grant);
		Optional<Stored> created = transactions.execute(status -> store(prepared, targetId, grant));
		return created.map(stored -> {
			writer.number(stored.c());
			return new Receipt(views.of(stored.c(), stored.timeline(), grant), true);
		}).orElseGet(() -> earlier(report.requestId(), prepared.hash(), grant).orElseThrow());
	}

	/**
	 * Goes through taking a report in exactly as far as a real one goes, then rolls it all back: the checks, the
	 * grids, the duplicates nearby, the case with its timeline, and what other modules record with it before the
	 * commit; the case takes no number and nothing of it is kept. A freshly started server does this before it says
	 * it is ready, so that its first real reports do not wait for the JVM to compile that work while they hold the
	 * database's connections ({@link IntakeWarmUp}).
	 *
	 * @return the case as it would have been shown, with no number yet
	 */
	CaseView rehearse(NewCase report, Grant grant) {
		Prepared prepared = prepare(report, grant);
		return transactions.execute(status -> {
			status.setRollbackOnly();
			return store(prepared, null, grant).map(stored -> {
				TransactionSynchronizationUtils.triggerBeforeCommit(false);
				return views.of(stored.c(), stored.timeline(), grant);
			}).orElse(null);
		});
	}

	/** A report checked and located, ready to be stored. */
	private record Prepared(NewCase report, Report checked, Place place, Case located, String hash) {
	}

	private Prepared prepare(NewCase report, Grant grant) {
		grant.require("case:create");
		List<Violation> violations = new ArrayList<>();
		Report checked = ChannelCheck.ownChannel(check(report, violations), grant);
		attachments.check(report.attachments(), "attachments", grant, violations);
		Fields.failIfAny(violations);
		ChannelCheck.check(checked, grant);
		if (!grant.system() || checked.reportedBy() == null) {
			checked = checked.by(grant.username());
		}
		Place place = locate(report);
		districts.requireTaken(checked, place.trails());
		return new Prepared(report, checked, place, reported(checked, place), hash(report));
	}

	/** Stores the prepared report in the transaction at hand, unless its request id was claimed before. */
	private Optional<Stored> store(Prepared prepared, Long targetId, Grant grant) {
		Place confirmed = places.confirm(prepared.place());
		Case c = confirmed == prepared.place() ? prepared.located() : reported(prepared.checked(), confirmed);
		if (!writer.claim(c, prepared.report().requestId(), prepared.hash())) {
			return Optional.empty();
		}
		Cases.Loaded target = targetId == null ? null : repeated.target(c, targetId, grant);
		c.announceReport();
		List<TimelineEntry> timeline = writer.create(c);
		if (target != null) {
			timeline = repeated.merge(c, timeline, target, grant);
		}
		return Optional.of(new Stored(c, timeline));
	}

	/**
	 * A case as its transaction stored it, shown to the caller once it is numbered: after the commit, or at once when
	 * the report is part of a caller's longer transaction.
	 */
	private record Stored(Case c, List<TimelineEntry> timeline) {
	}

	/**
	 * The case that a report with this request id created, as the caller sees it, if one did: for a client that
	 * derives its request ids and must know whether an earlier try already got through.
	 */
	public Optional<CaseView> reportedAs(String requestId, Grant grant) {
		grant.require("case:create");
		return requestId == null ? Optional.empty()
				: cases.byRequestId(requestId).map(found -> views.get(found.getKey(), grant));
	}

	/** The case an earlier report with this request id created; someone else's id is refused without saying more. */
	private Optional<Receipt> earlier(String requestId, String hash, Grant grant) {
		return cases.byRequestId(requestId).map(found -> {
			if (!found.getValue().equals(hash)) {
				throw new ApiProblem(HttpStatus.CONFLICT, "request-id-reused", "Request id '" + requestId
						+ "' was already used for different content; use a new id");
			}
			return new Receipt(views.get(found.getKey(), grant), false);
		});
	}

	/** A new case of the checked report at its place, with the open cases it may repeat. */
	private Case reported(Report report, Place place) {
		Case c = Case.report(report, place, properties.verifyChannels().contains(report.channel()), rules);
		if (!c.selfHandled) {
			c.flagDuplicates(cases.openNear(c.kind, c.minorCode, c.lon, c.lat, properties.duplicateRadius(),
					c.reportedAt.minus(properties.duplicateWindow())));
		}
		return c;
	}

	/** The place again, located in the grids as committed, in the transaction that stores a case there. */
	Place confirm(Place place) {
		return places.confirm(place);
	}

	/** The report's point with the grids of every layer it lies in; refuses a point outside every grid. */
	Place locate(NewCase report) {
		return places.locate(report.lon(), report.lat(), report.crs());
	}

	static String hash(NewCase report) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(CaseJson.write(report).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The report checked field by field against the catalogue and the district's channels. */
	Report check(NewCase report, List<Violation> violations) {
		return ReportCheck.check(report, catalogue, channels, violations);
	}
}
