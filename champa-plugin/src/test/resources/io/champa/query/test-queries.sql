-- name: countByKey
SELECT COUNT(*) FROM ${prefix}ACT_RE_PROCDEF WHERE KEY_ = :key

-- name: allIds
-- ordered so the row limit is predictable
SELECT ID_ FROM ${prefix}ACT_RE_PROCDEF ORDER BY ID_

-- name: dialectProbe
SELECT 'plain'

-- name: dialectProbe.postgres
SELECT 'postgres'
