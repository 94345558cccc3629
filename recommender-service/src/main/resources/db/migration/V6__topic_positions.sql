-- Issue 16: a profile reset forgets what the profile said before the reset was RECEIVED, i.e. before it on the
-- `ratings` topic (keyed by profile: one partition per profile, so offsets order a profile's events), not what was
-- given before its wall-clock time: imported ratings carry their original dates. Every rating-topic event is
-- placed by its (partition, offset); rows written before this migration have none and count as older than any reset.
-- (V5 is taken by related titles on another branch.)

-- The latest reset applied to the profile; NULL: never reset since this migration.
ALTER TABLE profiles ADD COLUMN reset_partition INTEGER;
ALTER TABLE profiles ADD COLUMN reset_offset INTEGER;

-- The event that set the row, so a reset applied after a later event (the API applies its own at once) keeps it.
ALTER TABLE ratings ADD COLUMN event_partition INTEGER;
ALTER TABLE ratings ADD COLUMN event_offset INTEGER;
ALTER TABLE dismissals ADD COLUMN event_partition INTEGER;
ALTER TABLE dismissals ADD COLUMN event_offset INTEGER;

-- Where a `ratings` event was applied: an id recorded before the profile's reset does not make a later copy of the
-- same event (a re-import of the same file after the reset) a duplicate.
ALTER TABLE applied_events ADD COLUMN event_partition INTEGER;
ALTER TABLE applied_events ADD COLUMN event_offset INTEGER;
