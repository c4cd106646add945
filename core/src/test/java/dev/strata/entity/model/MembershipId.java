package dev.strata.entity.model;

import jakarta.persistence.Embeddable;

@Embeddable
public record MembershipId(long groupId, long memberId) {

}
