import { PublicServiceSchema } from '@salon/contracts-customer';
import { and, eq, isNull, services, type Service } from '@salon/db';

/** The conditions that make a service visible to customers (its shop's are checked separately). */
export const isPublicService = () => and(eq(services.isActive, true), isNull(services.deletedAt));

/** A service as customers see it: the shop's currency beside the price, no buffers or flags. */
export const toPublicService = (service: Service, currency: string) => PublicServiceSchema.parse({ ...service, currency });
