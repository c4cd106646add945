package dev.strata.entity.model;

public record Money(String amount) {

}
