ALTER TABLE "staff_services" DROP CONSTRAINT "staff_services_staff_id_staff_id_fk";
--> statement-breakpoint
ALTER TABLE "staff_services" DROP CONSTRAINT "staff_services_service_id_services_id_fk";
--> statement-breakpoint
ALTER TABLE "staff_services" ADD COLUMN "shop_id" uuid;--> statement-breakpoint
-- Backfill (hand-added): existing rows take their staff member's shop before the column becomes NOT NULL.
-- A row whose service is in another shop then fails the same-shop key below, on purpose: such a row is wrong data.
UPDATE "staff_services" SET "shop_id" = "staff"."shop_id" FROM "staff" WHERE "staff"."id" = "staff_services"."staff_id";--> statement-breakpoint
ALTER TABLE "staff_services" ALTER COLUMN "shop_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "staff_services" ADD CONSTRAINT "staff_services_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_services" ADD CONSTRAINT "staff_services_staff_same_shop_fk" FOREIGN KEY ("shop_id","staff_id") REFERENCES "public"."staff"("shop_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_services" ADD CONSTRAINT "staff_services_service_same_shop_fk" FOREIGN KEY ("shop_id","service_id") REFERENCES "public"."services"("shop_id","id") ON DELETE cascade ON UPDATE no action;