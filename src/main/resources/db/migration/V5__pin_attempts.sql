-- Parley schema, version 5: wrong PINs in a row are counted in the store, so restarting Parley does not
-- cut the thirty-second wait short.

ALTER TABLE party ADD COLUMN pin_failures INT NOT NULL DEFAULT 0;
ALTER TABLE party ADD COLUMN pin_locked_until TIMESTAMP WITH TIME ZONE;
