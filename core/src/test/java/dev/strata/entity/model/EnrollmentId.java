package dev.strata.entity.model;

public record EnrollmentId(Long studentId, String courseCode) {

}
