package de.planungsportal.workflow;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.beans.FeatureDescriptor;
import java.util.Collections;
import java.util.Iterator;
import java.util.Set;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * Resolves a top-level identifier in a BPMN expression to the CDI bean with that {@code @Named}
 * name. Works on job-executor threads too, because it holds the BeanManager instead of looking it
 * up in JNDI. Delegates should be {@code @ApplicationScoped}: a {@code @Dependent} instance created
 * here is never destroyed.
 */
class CdiBeanElResolver extends ELResolver {

  private final BeanManager beanManager;

  CdiBeanElResolver(BeanManager beanManager) {
    this.beanManager = beanManager;
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    if (base != null || property == null) {
      return null;
    }
    Set<Bean<?>> beans = beanManager.getBeans(property.toString());
    if (beans.isEmpty()) {
      return null;
    }
    Bean<?> bean = beanManager.resolve(beans);
    Object reference =
        beanManager.getReference(
            bean, bean.getBeanClass(), beanManager.createCreationalContext(bean));
    context.setPropertyResolved(true);
    return reference;
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (base == null && property != null && !beanManager.getBeans(property.toString()).isEmpty()) {
      context.setPropertyResolved(true);
      return true;
    }
    return false;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // beans are never assigned from a model
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return Collections.emptyIterator();
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base == null ? Object.class : null;
  }
}
