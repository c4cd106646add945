package dev.strata.entity.model;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

@Entity
@IdClass(EnrollmentId.class)
public class Enrollment {

	@Id
	Long studentId;

	@Id
	String courseCode;

	LocalDate enrolledOn;

}
