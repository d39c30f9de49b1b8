package de.planungsportal.tenant;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores roles by their external name, the same string web.xml and Camunda use. */
@Converter(autoApply = true)
public class RoleConverter implements AttributeConverter<Role, String> {

  @Override
  public String convertToDatabaseColumn(Role role) {
    return role == null ? null : role.roleName();
  }

  @Override
  public Role convertToEntityAttribute(String name) {
    return name == null
        ? null
        : Role.byName(name).orElseThrow(() -> new IllegalStateException("Unknown role " + name));
  }
}
