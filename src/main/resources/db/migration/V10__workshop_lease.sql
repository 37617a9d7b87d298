-- Parley schema, version 10: the session lease of a workshop (issue 17, decision 0036). On a shared server several
-- windows and commands work at once; a workshop is changed by one session at a time. The session that wrote to it
-- last holds it until that session ends or stops renewing it, so that two pairs never edit one workshop at once
-- while others work on other workshops and anyone may read.
CREATE TABLE workshop_lease (
    workshop_id  BIGINT NOT NULL,
    session      CHAR(36) NOT NULL,
    holder       VARCHAR(200) NOT NULL,
    host         VARCHAR(200) NOT NULL,
    since        TIMESTAMP WITH TIME ZONE NOT NULL,
    renewed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_workshop_lease PRIMARY KEY (workshop_id),
    CONSTRAINT fk_workshop_lease_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id) ON DELETE CASCADE
);
