package io.champa.web;

import java.lang.reflect.Method;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Maps {@link ChampaApi} controllers, and only those, under one configurable base path, so
 * Champa's API moves with Camunda's {@code application-path} and never collides with the host.
 */
public class ChampaApiHandlerMapping extends RequestMappingHandlerMapping {

  private final ApiPaths paths;

  public ChampaApiHandlerMapping(ApiPaths paths) {
    this.paths = paths;
  }

  @Override
  protected boolean isHandler(Class<?> beanType) {
    return AnnotatedElementUtils.hasAnnotation(beanType, ChampaApi.class);
  }

  @Override
  protected RequestMappingInfo getMappingForMethod(Method method, Class<?> handlerType) {
    RequestMappingInfo mapping = super.getMappingForMethod(method, handlerType);
    if (mapping == null) {
      return null;
    }
    return RequestMappingInfo.paths(paths.apiBase()).options(getBuilderConfiguration()).build().combine(mapping);
  }
}
