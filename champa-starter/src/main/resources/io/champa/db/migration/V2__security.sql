-- Identity and security: roles and permissions, users, server-side sessions, API tokens and a
-- tamper-evident audit log.

CREATE TABLE permissions (
  name        VARCHAR(64)  NOT NULL,
  description VARCHAR(400) NOT NULL,
  CONSTRAINT pk_permissions PRIMARY KEY (name)
);

CREATE TABLE roles (
  id          VARCHAR(64)  NOT NULL,
  name        VARCHAR(64)  NOT NULL,
  description VARCHAR(400),
  system_role BOOLEAN      NOT NULL,
  created_at  TIMESTAMP    NOT NULL,
  CONSTRAINT pk_roles PRIMARY KEY (id),
  CONSTRAINT uq_roles_name UNIQUE (name)
);

CREATE TABLE role_permissions (
  role_id    VARCHAR(64) NOT NULL,
  permission VARCHAR(64) NOT NULL,
  CONSTRAINT pk_role_permissions PRIMARY KEY (role_id, permission),
  CONSTRAINT fk_role_permissions_role FOREIGN KEY (role_id) REFERENCES roles (id) ON DELETE CASCADE,
  CONSTRAINT fk_role_permissions_permission FOREIGN KEY (permission) REFERENCES permissions (name)
);

CREATE TABLE users (
  id              VARCHAR(64)  NOT NULL,
  username        VARCHAR(128) NOT NULL,
  email           VARCHAR(320),
  password_hash   VARCHAR(256),
  role_id         VARCHAR(64)  NOT NULL,
  user_type       VARCHAR(16)  NOT NULL,
  status          VARCHAR(16)  NOT NULL,
  failed_attempts INT          NOT NULL,
  locked_until    TIMESTAMP,
  last_login_at   TIMESTAMP,
  created_at      TIMESTAMP    NOT NULL,
  updated_at      TIMESTAMP    NOT NULL,
  CONSTRAINT pk_users PRIMARY KEY (id),
  CONSTRAINT uq_users_username UNIQUE (username),
  CONSTRAINT fk_users_role FOREIGN KEY (role_id) REFERENCES roles (id)
);
CREATE INDEX ix_users_role ON users (role_id);

CREATE TABLE sessions (
  id           VARCHAR(64)  NOT NULL,
  user_id      VARCHAR(64)  NOT NULL,
  created_at   TIMESTAMP    NOT NULL,
  last_seen_at TIMESTAMP    NOT NULL,
  expires_at   TIMESTAMP    NOT NULL,
  remember_me  BOOLEAN      NOT NULL,
  ip           VARCHAR(64),
  user_agent   VARCHAR(400),
  revoked_at   TIMESTAMP,
  CONSTRAINT pk_sessions PRIMARY KEY (id),
  CONSTRAINT fk_sessions_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX ix_sessions_user ON sessions (user_id);
CREATE INDEX ix_sessions_expires ON sessions (expires_at);

CREATE TABLE api_tokens (
  id           VARCHAR(64)  NOT NULL,
  user_id      VARCHAR(64)  NOT NULL,
  name         VARCHAR(128) NOT NULL,
  token_hash   VARCHAR(128) NOT NULL,
  created_at   TIMESTAMP    NOT NULL,
  expires_at   TIMESTAMP,
  last_used_at TIMESTAMP,
  revoked_at   TIMESTAMP,
  CONSTRAINT pk_api_tokens PRIMARY KEY (id),
  CONSTRAINT uq_api_tokens_hash UNIQUE (token_hash),
  CONSTRAINT fk_api_tokens_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX ix_api_tokens_user ON api_tokens (user_id);

-- Append-only: each row's hash covers its fields and the previous row's hash. occurred_at is
-- epoch milliseconds so the hashed value is exactly what is stored, on every database.
CREATE TABLE audit_log (
  seq           BIGINT        NOT NULL,
  occurred_at   BIGINT        NOT NULL,
  username      VARCHAR(128)  NOT NULL,
  action        VARCHAR(64)   NOT NULL,
  resource_type VARCHAR(64),
  resource_id   VARCHAR(200),
  status        VARCHAR(16)   NOT NULL,
  ip            VARCHAR(64),
  user_agent    VARCHAR(400),
  severity      VARCHAR(16)   NOT NULL,
  detail        VARCHAR(2000),
  prev_hash     VARCHAR(64)   NOT NULL,
  hash          VARCHAR(64)   NOT NULL,
  CONSTRAINT pk_audit_log PRIMARY KEY (seq)
);
CREATE INDEX ix_audit_log_time ON audit_log (occurred_at);
CREATE INDEX ix_audit_log_user ON audit_log (username, occurred_at);
CREATE INDEX ix_audit_log_action ON audit_log (action, occurred_at);

-- The head of the chain, locked by each append so nodes append one after another.
CREATE TABLE audit_chain (
  id        INT         NOT NULL,
  last_seq  BIGINT      NOT NULL,
  last_hash VARCHAR(64) NOT NULL,
  CONSTRAINT pk_audit_chain PRIMARY KEY (id)
);
INSERT INTO audit_chain (id, last_seq, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

INSERT INTO permissions (name, description) VALUES
  ('full_access', 'Everything, including administration'),
  ('api_access', 'Use the API with API tokens'),
  ('portfolio_data', 'Portfolio of all processes with health scores'),
  ('extended_dashboard_data', 'Process dashboards and version comparison'),
  ('bpmn_analysis_data', 'BPMN heatmaps and executed paths'),
  ('dmn_analysis_data', 'DMN rule analytics'),
  ('health_monitor_data', 'Cluster health, nodes and metrics'),
  ('journey_analysis_data', 'Journeys across processes'),
  ('ai_analysis_data', 'AI-written analyses'),
  ('diff_tool_data', 'BPMN and DMN diff'),
  ('model_validation_data', 'Model linter'),
  ('manage_users', 'Users, sessions, API tokens and the audit log'),
  ('manage_roles', 'Roles and their permissions');

INSERT INTO roles (id, name, description, system_role, created_at) VALUES
  ('administrator', 'administrator', 'Everything, including administration', TRUE, CURRENT_TIMESTAMP),
  ('process_analyst', 'process_analyst', 'Analyses processes: portfolio, dashboards, heatmaps, DMN, journeys, AI', TRUE, CURRENT_TIMESTAMP),
  ('process_operator', 'process_operator', 'Runs the platform: health monitor, diff tool, model validation', TRUE, CURRENT_TIMESTAMP),
  ('viewer', 'viewer', 'Looks at platform health and validates models', TRUE, CURRENT_TIMESTAMP);

INSERT INTO role_permissions (role_id, permission) VALUES
  ('administrator', 'full_access'),
  ('process_analyst', 'portfolio_data'),
  ('process_analyst', 'extended_dashboard_data'),
  ('process_analyst', 'ai_analysis_data'),
  ('process_analyst', 'journey_analysis_data'),
  ('process_analyst', 'bpmn_analysis_data'),
  ('process_analyst', 'dmn_analysis_data'),
  ('process_operator', 'health_monitor_data'),
  ('process_operator', 'diff_tool_data'),
  ('process_operator', 'model_validation_data'),
  ('viewer', 'health_monitor_data'),
  ('viewer', 'model_validation_data');
