ALTER TABLE "notification_outbox" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP TABLE "notification_outbox" CASCADE;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_version_positive" CHECK ("bookings"."version" > 0);