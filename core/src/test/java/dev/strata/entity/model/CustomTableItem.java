package dev.strata.entity.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

@Entity
public class CustomTableItem {

	@Id
	@GeneratedValue(generator = "table_gen")
	@TableGenerator(name = "table_gen", table = "id_gen", pkColumnName = "gen_name", valueColumnName = "gen_val",
			pkColumnValue = "custom_table_item", allocationSize = 10, initialValue = 5)
	Long id;

}
