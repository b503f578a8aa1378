ALTER TABLE "weekly_hours" DROP CONSTRAINT "weekly_hours_window_ordered";--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "segments" jsonb;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "segments" jsonb;--> statement-breakpoint
ALTER TABLE "shops" ADD COLUMN "start_alignment" text DEFAULT 'grid' NOT NULL;--> statement-breakpoint
ALTER TABLE "staff_services" ADD COLUMN "segments" jsonb;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_segments_array" CHECK ("bookings"."segments" is null or jsonb_typeof("bookings"."segments") = 'array');--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_segments_array" CHECK ("services"."segments" is null or jsonb_typeof("services"."segments") = 'array');--> statement-breakpoint
ALTER TABLE "shops" ADD CONSTRAINT "shops_start_alignment_known" CHECK ("shops"."start_alignment" in ('grid', 'gapless'));--> statement-breakpoint
ALTER TABLE "staff_services" ADD CONSTRAINT "staff_services_segments_array" CHECK ("staff_services"."segments" is null or jsonb_typeof("staff_services"."segments") = 'array');--> statement-breakpoint
ALTER TABLE "weekly_hours" ADD CONSTRAINT "weekly_hours_window_not_empty" CHECK ("weekly_hours"."start_local" <> "weekly_hours"."end_local");