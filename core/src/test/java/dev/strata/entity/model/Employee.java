package dev.strata.entity.model;

import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ConstraintMode;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
public class Employee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	String firstName;

	@ManyToOne
	Department department;

	@ManyToOne(optional = false)
	@JoinColumn(name = "home_dept_id")
	@OnDelete(action = OnDeleteAction.CASCADE)
	Department homeDepartment;

	@ManyToOne
	@JoinColumn(name = "manager_id", foreignKey = @ForeignKey(name = "fk_employee_manager"))
	Employee manager;

	@ManyToOne
	@JoinColumn(name = "mentor_id", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
	Employee mentor;

	@OneToOne
	Parking parking;

	@ManyToMany
	Set<Skill> skills;

	@ManyToMany
	List<Skill> wishedSkills;

	@ManyToMany
	@JoinTable(name = "employee_project", joinColumns = @JoinColumn(name = "employee_id"),
			inverseJoinColumns = @JoinColumn(name = "project_id"), foreignKey = @ForeignKey(name = "fk_ep_employee"),
			inverseForeignKey = @ForeignKey(name = "fk_ep_project"))
	Set<Project> projects;

	@ElementCollection
	Set<String> nicknames;

	@ElementCollection
	@CollectionTable(name = "employee_phones", joinColumns = @JoinColumn(name = "employee_id"))
	@OrderColumn
	@Column(name = "phone", length = 30)
	List<String> phones;

	@ElementCollection
	List<Address> addresses;

	@ElementCollection
	@Enumerated(EnumType.STRING)
	Set<Status> statuses;

}
