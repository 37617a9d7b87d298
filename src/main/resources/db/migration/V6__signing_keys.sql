-- Parley schema, version 6: each party with a PIN has an Ed25519 key pair. The private key is kept only
-- sealed (AES-256-GCM) under a key derived from the PIN with Argon2id; PIN_HASH then holds the Argon2id
-- verifier. A PIN set before this version keeps its PBKDF2 hash until its next use, which upgrades it.
-- Agreements keep each party's signature of what it signed (the SHA-256 of the signed statement), so the
-- register can carry them and verify can check them against the parties' public keys.

ALTER TABLE party ADD COLUMN public_key VARCHAR(64);
ALTER TABLE party ADD COLUMN sealed_key VARCHAR(200);

ALTER TABLE agreement ADD COLUMN statement_hash CHAR(64);
ALTER TABLE agreement ADD COLUMN first_signature VARCHAR(100);
ALTER TABLE agreement ADD COLUMN second_signature VARCHAR(100);

-- Workshop settings that the window keeps per workshop: minutes of inactivity before it locks (0 = never).
ALTER TABLE workshop ADD COLUMN idle_lock_minutes INT NOT NULL DEFAULT 5;
ALTER TABLE workshop ADD CONSTRAINT ck_workshop_idle_lock CHECK (idle_lock_minutes BETWEEN 0 AND 240);

-- The public key each signature was made with, so the register can carry it beside the signature.
ALTER TABLE agreement ADD COLUMN first_public_key VARCHAR(64);
ALTER TABLE agreement ADD COLUMN second_public_key VARCHAR(64);
