-- Delivery follows from the commit (docs/decisions/0013): every e-mail written for SMTP delivery
-- ('queued') raises a notification on the channel "mail_outbox" with its id. PostgreSQL delivers a
-- NOTIFY only when the writing transaction commits, never for one (or a savepoint) rolled back; the
-- job process LISTENs and hands the id to the `mail.send` job. Rows kept for administrators
-- ('stored', no SMTP) need no delivery and raise nothing. Notifications sent while no process
-- listens are lost by design: the `mail.sweep` job finds those rows by their status.
CREATE OR REPLACE FUNCTION mail_outbox_notify() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('mail_outbox', NEW.id);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER mail_outbox_notify_on_insert
  AFTER INSERT ON "mail_outbox"
  FOR EACH ROW WHEN (NEW.status = 'queued') EXECUTE FUNCTION mail_outbox_notify();
