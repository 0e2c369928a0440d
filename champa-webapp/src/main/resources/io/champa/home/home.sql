-- name: counts
-- Definition tables are small (one row per version); the running-instance count reads the
-- execution table's process-instance rows only (ID_ = PROC_INST_ID_).
SELECT
  (SELECT COUNT(DISTINCT KEY_) FROM ${prefix}ACT_RE_PROCDEF) AS process_keys,
  (SELECT COUNT(*) FROM ${prefix}ACT_RE_PROCDEF) AS process_versions,
  (SELECT COUNT(DISTINCT KEY_) FROM ${prefix}ACT_RE_DECISION_DEF) AS decision_keys,
  (SELECT COUNT(*) FROM ${prefix}ACT_RE_DECISION_DEF) AS decision_versions,
  (SELECT COUNT(*) FROM ${prefix}ACT_RE_DEPLOYMENT) AS deployments,
  (SELECT COUNT(*) FROM ${prefix}ACT_RU_EXECUTION WHERE ID_ = PROC_INST_ID_) AS running_instances
