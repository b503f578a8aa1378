import { type DemoShop } from './types';

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR'];
const LONDON = { timeZone: 'Europe/London', currency: 'GBP', city: 'London', countryCode: 'GB' } as const;

/**
 * Marcus's and Priya's London shops around the centre, so that `near`, misspelt `q` and
 * `availableOn` searches in London have several answers. Some staff charge their own prices.
 */
export const LONDON_SHOPS: DemoShop[] = [
  {
    key: 'fade-soho',
    owner: 'marcus',
    name: 'Fade Barber Shop',
    description: 'Walk-in-friendly barbers on Berwick Street: fades, tapers and beard work.',
    ...LONDON,
    addressLine: '61 Berwick Street',
    postalCode: 'W1F 8SW',
    latitude: 51.5136,
    longitude: -0.1357,
    phone: '+44 20 7946 0311',
    email: 'hello@fadebarber.example',
    hours: [{ days: [...WEEKDAYS, 'SA'], start: '09:00', end: '20:00' }, { days: ['SU'], start: '11:00', end: '17:00' }],
    services: [
      { key: 'fade', name: 'Skin Fade', category: 'Barbering', priceMinor: 3000, durationMinutes: 40 },
      { key: 'taper', name: 'Taper Cut', category: 'Cuts', priceMinor: 2600, durationMinutes: 30 },
      { key: 'beard', name: 'Beard Shape-Up', category: 'Barbering', priceMinor: 1500, durationMinutes: 20 },
    ],
    staff: [
      { key: 'kwame', displayName: 'Kwame Asante', services: ['fade', 'taper', 'beard'], rates: { fade: { priceMinor: 3800, durationMinutes: 45 } }, hours: [{ days: [...WEEKDAYS, 'SA'], start: '09:00', end: '17:00' }] },
      { key: 'leo', displayName: 'Leo Marsh', services: ['fade', 'taper', 'beard'], hours: [{ days: ['TU', 'WE', 'TH', 'FR', 'SA'], start: '12:00', end: '20:00' }, { days: ['SU'], start: '11:00', end: '17:00' }] },
    ],
  },
  {
    key: 'studio-colour',
    owner: 'marcus',
    name: 'Studio Colour',
    description: 'Colour-only studio in Covent Garden: glosses, highlights and colour correction.',
    ...LONDON,
    addressLine: '14 Neal Street',
    postalCode: 'WC2H 9PU',
    latitude: 51.5145,
    longitude: -0.1264,
    phone: '+44 20 7946 0422',
    email: 'book@studiocolour.example',
    hours: [{ days: ['TU', 'WE', 'TH', 'FR'], start: '10:00', end: '20:00' }, { days: ['SA', 'SU'], start: '09:00', end: '18:00' }],
    services: [
      { key: 'gloss', name: 'Gloss & Tone', category: 'Colour', priceMinor: 5500, durationMinutes: 45 },
      { key: 'highlights', name: 'Half-Head Highlights', category: 'Colour', priceMinor: 12000, durationMinutes: 120, bufferAfterMinutes: 15 },
      { key: 'correction', name: 'Colour Correction Consultation', category: 'Colour', priceMinor: 0, durationMinutes: 20 },
      { key: 'trim', name: 'Dry Trim', category: 'Cuts', priceMinor: 3000, durationMinutes: 30 },
    ],
    staff: [
      { key: 'ines', displayName: 'Inês Duarte', services: ['gloss', 'highlights', 'correction'], rates: { highlights: { priceMinor: 15000 }, gloss: { priceMinor: 6500 } }, hours: [{ days: ['TU', 'WE', 'TH', 'FR'], start: '10:00', end: '20:00' }, { days: ['SA'], start: '09:00', end: '18:00' }] },
      { key: 'sol', displayName: 'Sol Bright', services: ['gloss', 'highlights', 'trim'], hours: [{ days: ['WE', 'TH', 'FR'], start: '10:00', end: '18:00' }, { days: ['SA', 'SU'], start: '09:00', end: '18:00' }] },
    ],
  },
  {
    key: 'nail-bar-kx',
    owner: 'priya',
    name: 'The Nail Bar King\'s Cross',
    description: 'Gel, BIAB and classic manicures by the canal at Granary Square.',
    ...LONDON,
    addressLine: '3 Stable Street',
    postalCode: 'N1C 4AB',
    latitude: 51.5354,
    longitude: -0.1254,
    phone: '+44 20 7946 0533',
    email: 'hi@nailbarkx.example',
    hours: [{ days: WEEKDAYS, start: '08:00', end: '20:00' }, { days: ['SA', 'SU'], start: '10:00', end: '18:00' }],
    services: [
      { key: 'gel', name: 'Gel Manicure', category: 'Nails', priceMinor: 3500, durationMinutes: 45 },
      { key: 'biab', name: 'BIAB Overlay', category: 'Nails', priceMinor: 4500, durationMinutes: 60 },
      { key: 'pedi', name: 'Express Pedicure', category: 'Nails', priceMinor: 3200, durationMinutes: 40 },
    ],
    staff: [
      { key: 'mai', displayName: 'Mai Nguyen', services: ['gel', 'biab', 'pedi'], rates: { biab: { priceMinor: 5000, durationMinutes: 75 } }, hours: [{ days: WEEKDAYS, start: '08:00', end: '16:00' }] },
      { key: 'zara', displayName: 'Zara Ali', services: ['gel', 'pedi'], hours: [{ days: ['WE', 'TH', 'FR'], start: '12:00', end: '20:00' }, { days: ['SA', 'SU'], start: '10:00', end: '18:00' }] },
    ],
  },
  {
    key: 'glow-skin-clinic',
    owner: 'priya',
    name: 'Glow Skin Clinic',
    description: 'Facials, peels and brow shaping a short walk from Victoria station.',
    ...LONDON,
    addressLine: '27 Wilton Road',
    postalCode: 'SW1V 1LW',
    latitude: 51.4945,
    longitude: -0.1424,
    phone: '+44 20 7946 0644',
    email: 'care@glowskin.example',
    hours: [{ days: ['MO', 'TU', 'WE', 'TH'], start: '10:00', end: '19:00' }, { days: ['FR', 'SA'], start: '09:00', end: '17:00' }],
    services: [
      { key: 'facial', name: 'Signature Facial', category: 'Skin', priceMinor: 7500, durationMinutes: 60, bufferAfterMinutes: 10 },
      { key: 'peel', name: 'Glycolic Peel', category: 'Skin', priceMinor: 9000, durationMinutes: 45, bufferAfterMinutes: 10 },
      { key: 'brows', name: 'Brow Shape & Tint', category: 'Skin', priceMinor: 2500, durationMinutes: 30 },
    ],
    staff: [
      { key: 'olena', displayName: 'Olena Kravets', services: ['facial', 'peel', 'brows'], rates: { facial: { priceMinor: 9500, durationMinutes: 75 } }, hours: [{ days: ['MO', 'TU', 'WE', 'TH'], start: '10:00', end: '19:00' }, { days: ['FR'], start: '09:00', end: '17:00' }] },
      { key: 'ruby', displayName: 'Ruby Chen', services: ['facial', 'brows'], hours: [{ days: ['TU', 'WE', 'TH'], start: '10:00', end: '19:00' }, { days: ['FR', 'SA'], start: '09:00', end: '17:00' }] },
    ],
  },
  {
    key: 'knead-massage',
    owner: 'marcus',
    name: 'Knead Massage Rooms',
    description: 'Deep-tissue, sports and relaxing massage in Clerkenwell, evenings included.',
    ...LONDON,
    addressLine: '52 Exmouth Market',
    postalCode: 'EC1R 4QE',
    latitude: 51.5259,
    longitude: -0.1089,
    phone: '+44 20 7946 0755',
    email: 'relax@kneadmassage.example',
    hours: [{ days: WEEKDAYS, start: '11:00', end: '21:00' }, { days: ['SA', 'SU'], start: '10:00', end: '18:00' }],
    services: [
      { key: 'deep', name: 'Deep Tissue Massage', category: 'Massage', priceMinor: 7000, durationMinutes: 60, bufferAfterMinutes: 15 },
      { key: 'sports', name: 'Sports Massage', category: 'Massage', priceMinor: 6500, durationMinutes: 45, bufferAfterMinutes: 15 },
      { key: 'hot-stone', name: 'Hot Stone Massage', category: 'Massage', priceMinor: 9500, durationMinutes: 90, bufferAfterMinutes: 15 },
    ],
    staff: [
      { key: 'aiko', displayName: 'Aiko Tanaka', services: ['deep', 'sports', 'hot-stone'], rates: { sports: { priceMinor: 8000, durationMinutes: 60 } }, hours: [{ days: WEEKDAYS, start: '11:00', end: '21:00' }] },
      { key: 'ben', displayName: 'Ben Foster', services: ['deep', 'hot-stone'], hours: [{ days: ['TH', 'FR'], start: '13:00', end: '21:00' }, { days: ['SA', 'SU'], start: '10:00', end: '18:00' }] },
    ],
  },
];
