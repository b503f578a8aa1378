import { createRandom } from '../random';

/** A city the generated shops are spread over: centre, zone and a postal-code prefix. */
export const CITIES = [
  { name: 'London', lat: 51.5072, lng: -0.1276, timeZone: 'Europe/London', country: 'GB', postal: 'SW1' },
  { name: 'Manchester', lat: 53.4808, lng: -2.2426, timeZone: 'Europe/London', country: 'GB', postal: 'M1' },
  { name: 'Dublin', lat: 53.3498, lng: -6.2603, timeZone: 'Europe/Dublin', country: 'IE', postal: 'D02' },
  { name: 'Lisbon', lat: 38.7223, lng: -9.1393, timeZone: 'Europe/Lisbon', country: 'PT', postal: '1100' },
  { name: 'Edinburgh', lat: 55.9533, lng: -3.1883, timeZone: 'Europe/London', country: 'GB', postal: 'EH1' },
];

const FIRST = ['Golden', 'Velvet', 'Urban', 'Silver', 'Maple', 'Bluebell', 'Royal', 'Little', 'Oak', 'Crown', 'Willow', 'Ivy', 'Amber', 'Coral', 'Luna'];
const SECOND = ['Scissors', 'Comb', 'Mirror', 'Studio', 'Parlour', 'Lounge', 'Atelier', 'Barbers', 'Beauty', 'Salon', 'Spa', 'Rooms'];

/** Categories with realistic service names, price range (minor units) and durations. */
export const CATEGORIES: { name: string; services: string[]; price: [number, number]; durations: number[] }[] = [
  { name: 'Barbering', services: ['Skin Fade', 'Beard Trim', 'Hot Towel Shave', 'Buzz Cut', 'Scissor Cut'], price: [1500, 4000], durations: [30, 45] },
  { name: 'Colour', services: ['Balayage', 'Full Highlights', 'Root Touch Up', 'Colour Correction', 'Toner'], price: [4500, 18000], durations: [60, 90, 120] },
  { name: 'Nails', services: ['Gel Manicure', 'Pedicure', 'Acrylic Extensions', 'Nail Art', 'Shellac Removal'], price: [1500, 5000], durations: [30, 45, 60] },
  { name: 'Skin', services: ['Hydrating Facial', 'Chemical Peel', 'Microdermabrasion', 'Brow Lamination', 'Lash Lift'], price: [3000, 9000], durations: [45, 60] },
  { name: 'Massage', services: ['Deep Tissue Massage', 'Swedish Massage', 'Hot Stone Massage', 'Sports Massage', 'Reflexology'], price: [4000, 9000], durations: [30, 60, 90] },
  { name: 'Styling', services: ['Blow Dry', 'Updo', 'Ladies Cut', 'Keratin Treatment', 'Curly Cut'], price: [2500, 8000], durations: [30, 45, 60] },
];

/** Real names with one-letter typos: what the `q` scenario searches for. */
export const TYPOS = ['balayag', 'baleyage', 'manicur', 'pedicre', 'massge', 'colur', 'barberng', 'facal', 'scisors', 'velvett', 'atelir', 'highlihts', 'reflexolgy', 'keratn', 'lounj', 'willo'];

export type GeneratedShop = { name: string; city: number; postalCode: string; lat: number; lng: number; staffCount: number; closedOnDate: boolean };
export type GeneratedService = { shop: number; name: string; category: string; priceMinor: number; durationMinutes: number };

/** `shopCount` shops with 10 services each, deterministic for a seed: the same data every run. */
export function generateShops(options: { shopCount: number; seed?: number }): { shops: GeneratedShop[]; services: GeneratedService[] } {
  const random = createRandom(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const shops: GeneratedShop[] = [];
  const services: GeneratedService[] = [];
  for (let index = 0; index < options.shopCount; index += 1) {
    const city = index % CITIES.length;
    const centre = CITIES[city]!;
    // Within about ±15 km of the centre: a 5 km radius finds a few hundred shops.
    const lat = centre.lat + (random() - 0.5) * 0.27;
    const lng = centre.lng + (random() - 0.5) * 0.45;
    shops.push({
      name: `${pick(FIRST)} ${pick(SECOND)} ${index + 1}`, city, lat, lng,
      postalCode: `${centre.postal} ${1 + Math.floor(random() * 9)}${String.fromCharCode(65 + Math.floor(random() * 26))}${String.fromCharCode(65 + Math.floor(random() * 26))}`,
      staffCount: 1 + Math.floor(random() * 3),
      closedOnDate: random() < 0.1,
    });
    for (let s = 0; s < 10; s += 1) {
      const category = pick(CATEGORIES);
      const [low, high] = category.price;
      services.push({
        shop: index, name: pick(category.services), category: category.name,
        priceMinor: Math.round((low + random() * (high - low)) / 50) * 50, durationMinutes: pick(category.durations),
      });
    }
  }
  return { shops, services };
}
