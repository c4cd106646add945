package dev.strata.entity.invalid;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

@Entity
@Table(indexes = @Index(columnList = "name, also_missing"))
public class MissingIndexColumn {

	@Id
	Long id;

	String name;

}
