package dev.strata.entity.model;

import java.util.List;

/**
 * The entity classes of the test model.
 */
public final class EntityModel {

	/** Every entity and embeddable of the model. */
	public static final List<Class<?>> CLASSES = List.of(IdentityItem.class, SequenceItem.class,
			CustomSequenceItem.class, NamedGeneratorItem.class, UuidItem.class, TableItem.class, CustomTableItem.class,
			OrderLine.class, OrderLineNote.class, Enrollment.class, Address.class, Customer.class,
			CustomerProfile.class, Department.class, Parking.class, Skill.class, Task.class, Project.class,
			Employee.class, Vehicle.class, Car.class, Truck.class, Payment.class, CardPayment.class, CashPayment.class,
			Shape.class, Circle.class, Square.class, TypeSample.class, Person.class, Membership.class);

	private EntityModel() {
	}

}
