package dev.strata.entity.model;

import jakarta.persistence.Embeddable;

@Embeddable
public record OrderLineId(long orderNo, int lineNo) {

}
