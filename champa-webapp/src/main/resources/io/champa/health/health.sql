-- The health monitor's reads of the Camunda database. Every query is bounded: aggregates over
-- runtime tables (whose size is what is running now, not history), history only through an index
-- (REMOVAL_TIME_) or a time window, and lists with a row limit set by the caller.

-- name: totals
-- One round trip for the cluster totals. :now is the engine's clock (JVM time, as Camunda writes it).
SELECT
  (SELECT COUNT(*) FROM ${prefix}ACT_RU_EXECUTION WHERE ID_ = PROC_INST_ID_) AS active_instances,
  (SELECT COUNT(*) FROM ${prefix}ACT_RU_TASK) AS user_tasks,
  (SELECT COUNT(*) FROM ${prefix}ACT_RU_EXT_TASK) AS external_tasks,
  (SELECT COUNT(*) FROM ${prefix}ACT_RU_EXT_TASK WHERE LOCK_EXP_TIME_ >= :now) AS external_tasks_locked,
  (SELECT COUNT(*) FROM ${prefix}ACT_RU_EXT_TASK WHERE LOCK_EXP_TIME_ < :now AND WORKER_ID_ IS NOT NULL) AS external_tasks_expired,
  (SELECT COUNT(*) FROM ${prefix}ACT_RU_EXT_TASK WHERE RETRIES_ = 0) AS external_tasks_failed,
  (SELECT COUNT(*) FROM ${prefix}ACT_RU_JOB) AS jobs,
  (SELECT COUNT(*) FROM ${prefix}ACT_RU_JOB WHERE (DUEDATE_ IS NULL OR DUEDATE_ <= :now)
      AND (RETRIES_ IS NULL OR RETRIES_ > 0) AND SUSPENSION_STATE_ = 1) AS jobs_due,
  (SELECT COUNT(*) FROM ${prefix}ACT_RU_JOB WHERE RETRIES_ = 0) AS jobs_failed,
  (SELECT COUNT(*) FROM ${prefix}ACT_RU_JOB WHERE TYPE_ = 'timer' AND DUEDATE_ > :now AND DUEDATE_ <= :hourAhead) AS timers_next_hour,
  (SELECT COUNT(*) FROM ${prefix}ACT_RU_INCIDENT) AS incidents,
  (SELECT COUNT(*) FROM ${prefix}ACT_RU_INCIDENT WHERE INCIDENT_TIMESTAMP_ >= :hourAgo) AS incidents_last_hour,
  (SELECT COUNT(*) FROM ${prefix}ACT_RU_EVENT_SUBSCR WHERE EVENT_TYPE_ = 'message' AND EXECUTION_ID_ IS NOT NULL) AS message_subscriptions,
  (SELECT COUNT(*) FROM ${prefix}ACT_RU_EVENT_SUBSCR WHERE EVENT_TYPE_ = 'signal' AND EXECUTION_ID_ IS NOT NULL) AS signal_subscriptions,
  (SELECT COUNT(*) FROM ${prefix}ACT_RE_DEPLOYMENT) AS deployments,
  (SELECT COUNT(*) FROM ${prefix}ACT_RE_PROCDEF) AS process_definitions,
  (SELECT COUNT(*) FROM ${prefix}ACT_RE_DECISION_DEF) AS decision_definitions

-- name: incidentsByType
SELECT INCIDENT_TYPE_ AS incident_type, COUNT(*) AS incidents
FROM ${prefix}ACT_RU_INCIDENT
GROUP BY INCIDENT_TYPE_
ORDER BY incidents DESC, incident_type

-- name: historyPastTtl
-- History that history cleanup should already have removed (removal-time strategy): both
-- columns are indexed (ACT_IDX_HI_PRO_INST_RM_TIME, ACT_IDX_HI_DEC_INST_RM_TIME).
SELECT
  (SELECT COUNT(*) FROM ${prefix}ACT_HI_PROCINST WHERE REMOVAL_TIME_ < :now) AS process_instances,
  (SELECT COUNT(*) FROM ${prefix}ACT_HI_DECINST WHERE REMOVAL_TIME_ < :now) AS decision_instances

-- name: stuckCount
-- Instances still running that started before :startedBefore. The history table carries the
-- start time the runtime tables lack; END_TIME_ IS NULL is what is running.
SELECT COUNT(*) FROM ${prefix}ACT_HI_PROCINST WHERE END_TIME_ IS NULL AND START_TIME_ < :startedBefore

-- name: stuckInstances
SELECT ID_ AS id, PROC_DEF_KEY_ AS definition_key, BUSINESS_KEY_ AS business_key, START_TIME_ AS start_time
FROM ${prefix}ACT_HI_PROCINST
WHERE END_TIME_ IS NULL AND START_TIME_ < :startedBefore
ORDER BY START_TIME_

-- name: topics
-- External tasks per topic, from the runtime table (indexed on TOPIC_NAME_). A lock that ends
-- in the future means a worker fetched the task and works on it now.
SELECT TOPIC_NAME_ AS topic,
  COUNT(*) AS total,
  SUM(CASE WHEN (LOCK_EXP_TIME_ IS NULL OR LOCK_EXP_TIME_ < :now) AND (RETRIES_ IS NULL OR RETRIES_ > 0)
      AND SUSPENSION_STATE_ = 1 THEN 1 ELSE 0 END) AS open_tasks,
  SUM(CASE WHEN LOCK_EXP_TIME_ >= :now THEN 1 ELSE 0 END) AS locked,
  SUM(CASE WHEN LOCK_EXP_TIME_ < :now AND WORKER_ID_ IS NOT NULL THEN 1 ELSE 0 END) AS expired_locks,
  SUM(CASE WHEN RETRIES_ = 0 THEN 1 ELSE 0 END) AS failed,
  MIN(CASE WHEN (LOCK_EXP_TIME_ IS NULL OR LOCK_EXP_TIME_ < :now) AND (RETRIES_ IS NULL OR RETRIES_ > 0)
      AND SUSPENSION_STATE_ = 1 THEN CREATE_TIME_ END) AS oldest_open_since,
  MAX(LOCK_EXP_TIME_) AS latest_lock_expiry
FROM ${prefix}ACT_RU_EXT_TASK
GROUP BY TOPIC_NAME_
ORDER BY TOPIC_NAME_

-- name: topicActivity
-- The last time a worker finished (completed or failed: states 2 and 1) a task of each topic, in
-- a bounded window of the external task log; that worker had fetched it just before. The log
-- has no fetch event and no time index, so this reads only the window the caller passes.
SELECT TOPIC_NAME_ AS topic, MAX(TIMESTAMP_) AS last_activity
FROM ${prefix}ACT_HI_EXT_TASK_LOG
WHERE TIMESTAMP_ >= :since AND STATE_ IN (1, 2)
GROUP BY TOPIC_NAME_

-- name: meterReporters
-- Engine nodes as the engine's own metrics see them (ACT_IDX_METER_LOG_TIME).
SELECT REPORTER_ AS reporter, MAX(TIMESTAMP_) AS last_seen
FROM ${prefix}ACT_RU_METER_LOG
WHERE TIMESTAMP_ >= :since AND REPORTER_ IS NOT NULL
GROUP BY REPORTER_

-- name: lockOwners
-- Job executors that hold job locks now or held them recently (the lock's end is kept until
-- the job runs again or is deleted).
SELECT LOCK_OWNER_ AS lock_owner, MAX(LOCK_EXP_TIME_) AS latest_lock_expiry
FROM ${prefix}ACT_RU_JOB
WHERE LOCK_OWNER_ IS NOT NULL AND LOCK_EXP_TIME_ >= :since
GROUP BY LOCK_OWNER_

-- name: largestTables
-- :schema is the prefix's schema part (empty for none), :tablePattern e.g. ACT\_% (upper case).
-- H2: exact row counts are a scan per table, so the list is the engine tables the catalogue
-- knows with their estimated row counts where H2 keeps them.
SELECT TABLE_NAME AS table_name, CAST(NULL AS BIGINT) AS total_bytes, ROW_COUNT_ESTIMATE AS row_estimate
FROM INFORMATION_SCHEMA.TABLES
WHERE TABLE_TYPE = 'BASE TABLE' AND UPPER(TABLE_NAME) LIKE :tablePattern ESCAPE '\'
  AND (:schema = '' OR UPPER(TABLE_SCHEMA) = UPPER(:schema))
ORDER BY ROW_COUNT_ESTIMATE DESC, TABLE_NAME

-- name: largestTables.postgres
-- PostgreSQL: size on disk with indexes and TOAST, and the planner's row estimate; catalogue
-- reads only. Without a schema prefix: the schemas on the search path.
SELECT c.relname AS table_name, pg_total_relation_size(c.oid) AS total_bytes,
  CAST(GREATEST(c.reltuples, 0) AS BIGINT) AS row_estimate
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND UPPER(c.relname) LIKE :tablePattern ESCAPE '\'
  AND ((:schema = '' AND n.nspname = ANY (current_schemas(false))) OR LOWER(n.nspname) = LOWER(:schema))
ORDER BY total_bytes DESC, c.relname
