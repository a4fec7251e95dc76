package org.onegrid.grid;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a district says about a layer when it creates or edits it.
 *
 * @param code a short slug such as {@code ops} or {@code police}
 * @param kind {@code ops}, {@code governance}, {@code police-beat}, {@code city-management} or another word
 * @param levelNames the names of the tree's levels from the root down, e.g. 区, 街道, 片区, 社区, 微网格
 * @param codeRule how grid codes are formed; {@link CodeRule#ADMINISTRATIVE} when omitted
 * @param sequenceDigits digits appended to a parent's code for sub-community grids; 3 when omitted
 */
public record LayerDefinition(
		@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}",
				message = "must be 1-40 lower-case letters, digits or '-'") String code,
		@NotBlank @Size(max = 200) String name,
		@NotBlank @Pattern(regexp = "[a-z0-9-]{1,40}", message = "must be 1-40 lower-case letters, digits or '-'")
		String kind,
		@NotEmpty @Size(max = 12) List<@NotBlank @Size(max = 40) String> levelNames,
		CodeRule codeRule,
		@Min(1) @Max(6) Integer sequenceDigits,
		Boolean generated,
		@Size(max = 2000) String source) {

	public LayerDefinition {
		codeRule = codeRule == null ? CodeRule.ADMINISTRATIVE : codeRule;
		sequenceDigits = sequenceDigits == null ? 3 : sequenceDigits;
		generated = generated != null && generated;
		levelNames = levelNames == null ? null : List.copyOf(levelNames);
	}
}
