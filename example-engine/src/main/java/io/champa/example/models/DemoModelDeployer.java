package io.champa.example.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deploys the demo models explicitly, version 1 and then version 2, each as its own named
 * deployment. Duplicate filtering makes a restart deploy nothing, so versions only grow when a
 * model file really changes.
 */
@Component
public class DemoModelDeployer {

  private static final Logger LOG = LoggerFactory.getLogger(DemoModelDeployer.class);

  private static final String SOURCE = "champa-example";

  private final RepositoryService repositoryService;

  public DemoModelDeployer(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  /** Deploys both versions in order; does nothing for a version that is already deployed. */
  public void deployAll() {
    deploy(1);
    deploy(2);
  }

  /** Deploys one version of all demo models (1 or 2); returns the deployment, which may be unchanged. */
  public Deployment deploy(int version) {
    String name = version == 1 ? DemoModelCatalog.V1_DEPLOYMENT : DemoModelCatalog.V2_DEPLOYMENT;
    // Resource names carry no version folder, so both versions of a model share a resource name.
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(name)
        .source(SOURCE)
        .enableDuplicateFiltering(true);
    for (String file : DemoModelCatalog.files(version)) {
      builder.addInputStream(file, read(DemoModelCatalog.classpathLocation(version, file)));
    }
    Deployment deployment = builder.deploy();
    LOG.debug("Deployment '{}' is {}", name, deployment.getId());
    return deployment;
  }

  private static InputStream read(String location) {
    InputStream in = DemoModelDeployer.class.getClassLoader().getResourceAsStream(location);
    if (in == null) {
      throw new UncheckedIOException(new IOException("demo model missing from the classpath: " + location));
    }
    return in;
  }
}
