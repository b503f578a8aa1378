import { type OwnerShop } from '@salon/contracts-owner';
import { type Shop } from '@salon/db';
import { ValidationError } from '@salon/errors';

/** The owner's view of a shop; `origin` (scheme://host of this request) makes the feed URL absolute. */
export function toOwnerShop(shop: Shop, origin: string): OwnerShop {
  const { ownerId: _ownerId, calendarFeedToken, deletedAt: _deletedAt, createdAt, updatedAt, ...fields } = shop;
  return {
    ...fields,
    calendarFeedUrl: `${origin}/api/v1/shops/${shop.id}/calendar.ics?token=${encodeURIComponent(calendarFeedToken)}`,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
}

/**
 * Latitude and longitude come as a pair (the table's CHECK says so too): a 400 naming the missing
 * one, checked on the values the row will have after the write.
 * @throws ValidationError
 */
export function assertCoordinatesPaired(coordinates: { latitude: number | null; longitude: number | null }): void {
  const { latitude, longitude } = coordinates;
  if (latitude !== null && longitude === null) {
    throw new ValidationError('Give latitude and longitude together, or neither.', [
      { path: 'body.longitude', message: 'Required when latitude is set (both or neither).' },
    ]);
  }
  if (latitude === null && longitude !== null) {
    throw new ValidationError('Give latitude and longitude together, or neither.', [
      { path: 'body.latitude', message: 'Required when longitude is set (both or neither).' },
    ]);
  }
}
