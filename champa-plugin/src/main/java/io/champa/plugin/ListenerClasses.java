package io.champa.plugin;

import java.util.ArrayList;
import java.util.List;

/** Instantiates listeners named in a comma-separated string, as {@code bpm-platform.xml} gives them. */
final class ListenerClasses {

  private ListenerClasses() {
  }

  static List<DeploymentListener> instantiate(String classNames) {
    List<DeploymentListener> listeners = new ArrayList<>();
    if (classNames == null || classNames.isBlank()) {
      return listeners;
    }
    for (String name : classNames.split(",")) {
      String className = name.trim();
      if (!className.isEmpty()) {
        listeners.add(instantiateOne(className));
      }
    }
    return listeners;
  }

  private static DeploymentListener instantiateOne(String className) {
    try {
      Class<?> type = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
      if (!DeploymentListener.class.isAssignableFrom(type)) {
        throw new IllegalArgumentException(
            "deploymentListenerClasses: " + className + " does not implement " + DeploymentListener.class.getName());
      }
      return (DeploymentListener) type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("deploymentListenerClasses: cannot create " + className, e);
    }
  }
}
