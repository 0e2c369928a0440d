-- Champa's settings that several nodes share (lint rules, feature settings, generated keys).
-- Later migrations add users, roles, sessions, tokens, audit, roll-ups.
CREATE TABLE system_config (
  config_key   VARCHAR(200)  NOT NULL,
  config_value VARCHAR(8000),
  updated_at   TIMESTAMP     NOT NULL,
  updated_by   VARCHAR(200)  NOT NULL,
  CONSTRAINT pk_system_config PRIMARY KEY (config_key)
);
