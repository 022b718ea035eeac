-- The audit log cannot be edited: refuse UPDATE and DELETE at the database level.
CREATE OR REPLACE FUNCTION amity_audit_immutable() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION amity_audit_immutable();
