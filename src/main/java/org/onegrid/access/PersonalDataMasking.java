package org.onegrid.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.onegrid.people.Person;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Masks the phone numbers of staff in every API answer unless the caller may read personal information
 * ({@code pii:read}), and audits every answer that shows them unmasked (个人信息保护法).
 */
@RestControllerAdvice
class PersonalDataMasking implements ResponseBodyAdvice<Object> {

	private final Authorization authorization;

	private final AuditLog audit;

	PersonalDataMasking(Authorization authorization, AuditLog audit) {
		this.authorization = authorization;
		this.audit = audit;
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof Person person) {
			return mask(List.of(person)).get(0);
		}
		if (body instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(Person.class::isInstance)) {
			return mask(list.stream().map(Person.class::cast).toList());
		}
		return body;
	}

	private List<Person> mask(List<Person> people) {
		List<Person> withPhones = people.stream().filter(person -> person.phone() != null).toList();
		if (withPhones.isEmpty()) {
			return people;
		}
		Grant grant = CurrentCaller.get().map(authorization::of).orElse(null);
		if (grant != null && grant.permits("pii:read")) {
			audit.record(grant.username(), "pii-read", "people",
					Map.of("field", "phone", "personIds", withPhones.stream().map(Person::id).toList()));
			return people;
		}
		List<Person> masked = new ArrayList<>();
		for (Person person : people) {
			masked.add(person.phone() == null ? person : new Person(person.id(), person.name(),
					Masking.phone(person.phone()), person.unitCode(), person.departmentCode(), person.roles(),
					person.generated(), person.qualifications()));
		}
		return masked;
	}
}
