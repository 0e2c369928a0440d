package io.champa.home;

import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;

import io.champa.home.EngineSummary.DefinitionCount;
import io.champa.query.QueryFile;
import io.champa.query.ReadOnlyQueries;
import io.champa.system.ChampaVersion;

/**
 * Reads the engine summary: the counts come from one read-only query, one round trip for what
 * would otherwise be six engine API calls.
 */
public class EngineSummaryService {

  private static final QueryFile QUERIES = QueryFile.load(EngineSummaryService.class, "home.sql");

  private final ProcessEngine processEngine;
  private final ReadOnlyQueries queries;

  public EngineSummaryService(ProcessEngine processEngine, ReadOnlyQueries queries) {
    this.processEngine = processEngine;
    this.queries = queries;
  }

  public EngineSummary summary() {
    return queries.first(QUERIES, "counts", Map.of(), row -> new EngineSummary(
            processEngine.getName(),
            ProductPropertiesUtil.getProductVersion(),
            ChampaVersion.get(),
            new DefinitionCount(row.getLong("process_keys"), row.getLong("process_versions")),
            new DefinitionCount(row.getLong("decision_keys"), row.getLong("decision_versions")),
            row.getLong("deployments"),
            row.getLong("running_instances"),
            Instant.now()))
        .orElseThrow();
  }
}
