CREATE TABLE "booking_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"booking_id" uuid NOT NULL,
	"shop_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"service_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"service_name" text NOT NULL,
	"price_minor" integer NOT NULL,
	"currency" char(3) NOT NULL,
	"duration_minutes" integer NOT NULL,
	"segments" jsonb,
	"starts_at" timestamp (3) with time zone NOT NULL,
	"ends_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "booking_lines_booking_id_position_unique" UNIQUE("booking_id","position"),
	CONSTRAINT "booking_lines_range_ordered" CHECK ("booking_lines"."ends_at" > "booking_lines"."starts_at"),
	CONSTRAINT "booking_lines_price_non_negative" CHECK ("booking_lines"."price_minor" >= 0),
	CONSTRAINT "booking_lines_duration_positive" CHECK ("booking_lines"."duration_minutes" > 0),
	CONSTRAINT "booking_lines_position_non_negative" CHECK ("booking_lines"."position" >= 0),
	CONSTRAINT "booking_lines_segments_array" CHECK ("booking_lines"."segments" is null or jsonb_typeof("booking_lines"."segments") = 'array')
);
--> statement-breakpoint
ALTER TABLE "weekly_hours" DROP CONSTRAINT "weekly_hours_window_ordered";--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "segments" jsonb;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "segments" jsonb;--> statement-breakpoint
ALTER TABLE "shops" ADD COLUMN "start_alignment" text DEFAULT 'grid' NOT NULL;--> statement-breakpoint
ALTER TABLE "staff_services" ADD COLUMN "segments" jsonb;--> statement-breakpoint
ALTER TABLE "booking_lines" ADD CONSTRAINT "booking_lines_booking_same_shop_fk" FOREIGN KEY ("booking_id","shop_id") REFERENCES "public"."bookings"("id","shop_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_lines" ADD CONSTRAINT "booking_lines_service_same_shop_fk" FOREIGN KEY ("shop_id","service_id") REFERENCES "public"."services"("shop_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_lines" ADD CONSTRAINT "booking_lines_staff_same_shop_fk" FOREIGN KEY ("shop_id","staff_id") REFERENCES "public"."staff"("shop_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_segments_array" CHECK ("bookings"."segments" is null or jsonb_typeof("bookings"."segments") = 'array');--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_segments_array" CHECK ("services"."segments" is null or jsonb_typeof("services"."segments") = 'array');--> statement-breakpoint
ALTER TABLE "shops" ADD CONSTRAINT "shops_start_alignment_known" CHECK ("shops"."start_alignment" in ('grid', 'gapless'));--> statement-breakpoint
ALTER TABLE "staff_services" ADD CONSTRAINT "staff_services_segments_array" CHECK ("staff_services"."segments" is null or jsonb_typeof("staff_services"."segments") = 'array');--> statement-breakpoint
ALTER TABLE "weekly_hours" ADD CONSTRAINT "weekly_hours_window_not_empty" CHECK ("weekly_hours"."start_local" <> "weekly_hours"."end_local");