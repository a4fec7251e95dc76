package org.onegrid.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every client error into RFC 9457 problem details with an {@code errors} list, field by field.
 */
@RestControllerAdvice
class ProblemHandlers extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandlers.class);

	private final MessageSource messages;

	ProblemHandlers(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<ProblemDetail> handleApiProblem(ApiProblem problem) {
		ResponseEntity<ProblemDetail> response = respond(problem.status(), problem.type(), problem.getMessage(),
				problem.errors());
		problem.properties().forEach(response.getBody()::setProperty);
		return response;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException e) {
		String expected = e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName();
		var violation = new Violation(e.getName(), "INVALID_FORMAT",
				e.getName() + ": '" + abbreviate(String.valueOf(e.getValue())) + "' is not a valid "
						+ ParameterTypes.describe(expected));
		if (e.getMostSpecificCause() instanceof IllegalArgumentException cause && cause.getMessage() != null
				&& cause.getMessage().contains(" must lie between ")) {
			violation = Dates.outOfRange(e.getName());
		}
		return respond(HttpStatus.BAD_REQUEST, "invalid-request", violation.detail(), List.of(violation));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Violation> violations = new ArrayList<>();
		for (FieldError error : e.getBindingResult().getFieldErrors()) {
			violations.add(new Violation(error.getField(), codeOf(error.getCode()), error.getDefaultMessage()));
		}
		e.getBindingResult().getGlobalErrors()
			.forEach(error -> violations.add(new Violation("", codeOf(error.getCode()), error.getDefaultMessage())));
		return widen(respond(HttpStatus.BAD_REQUEST, "invalid-request", "The request has invalid fields", violations));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Violation> violations = new ArrayList<>();
		e.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
			.forEach(error -> violations.add(new Violation(result.getMethodParameter().getParameterName(),
					codeOf(error.getCodes() == null ? null : error.getCodes()[error.getCodes().length - 1]),
					error.getDefaultMessage()))));
		return widen(respond(HttpStatus.BAD_REQUEST, "invalid-request", "The request has invalid parameters",
				violations));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var violation = UnreadableBodies.explain(e);
		return widen(respond(HttpStatus.BAD_REQUEST, "invalid-request", violation.detail(), List.of(violation)));
	}

	/** A file upload over the servlet's multipart limits ({@code spring.servlet.multipart.*}). */
	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String limit = e.getMaxUploadSize() > 0 ? " of " + e.getMaxUploadSize() / (1024 * 1024) + " MB" : "";
		var violation = new Violation("file", "TOO_LARGE",
				"The upload is larger than the limit" + limit + "; nothing was changed");
		return widen(respond(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", violation.detail(),
				List.of(violation)));
	}

	/** A multipart body that cannot be read: no boundary, cut short, or not multipart at all. */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> handleMultipart(MultipartException e) {
		var violation = new Violation("body", "MALFORMED_MULTIPART",
				"The multipart/form-data body cannot be read; send the file as one part of a well-formed form");
		return respond(HttpStatus.BAD_REQUEST, "invalid-request", violation.detail(), List.of(violation));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail detail) {
			detail.setProperty("errors", List.of());
		}
		return response;
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
			CannotCreateTransactionException.class, TransactionSystemException.class })
	ResponseEntity<ProblemDetail> handleDatabaseOutage(RuntimeException e) {
		log.warn("The database cannot be reached: {}", e.getMessage());
		ResponseEntity<ProblemDetail> response = respond(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
				DatabaseOutage.detail(e), List.of());
		return ResponseEntity.status(response.getStatusCode())
			.headers(response.getHeaders())
			.header("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS))
			.body(response.getBody());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> handleUnexpected(Exception e) {
		log.error("Unexpected failure", e);
		return respond(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
				"An unexpected error occurred; nothing was changed by the failed step", List.of());
	}

	private ResponseEntity<ProblemDetail> respond(HttpStatusCode status, String type, String detail, List<?> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("https://onegrid.org/problems/" + type));
		problem.setTitle(messages.getMessage("problem." + type + ".title", null, type, Locale.ROOT));
		problem.setProperty("errors", errors);
		return ResponseEntity.status(status)
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static ResponseEntity<Object> widen(ResponseEntity<ProblemDetail> response) {
		return (ResponseEntity) response;
	}

	private static String abbreviate(String text) {
		return text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}

	private static String codeOf(String constraint) {
		if (constraint == null) {
			return "INVALID";
		}
		return switch (constraint) {
			case "NotNull", "NotBlank", "NotEmpty" -> "REQUIRED";
			case "Size", "Length" -> "SIZE";
			case "Min", "Max", "DecimalMin", "DecimalMax", "Range", "Positive", "PositiveOrZero" -> "OUT_OF_RANGE";
			case "Pattern" -> "PATTERN";
			default -> constraint.toUpperCase(Locale.ROOT);
		};
	}
}
