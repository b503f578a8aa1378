import { type DemoBooking } from './types';

/**
 * About twenty appointments over the next two weeks. Each staff member's times differ from
 * booking to booking, so two landing on the same day never overlap.
 */
export const DEMO_BOOKINGS: DemoBooking[] = [
  { shop: 'willow-wave', staff: 'hannah', service: 'balayage', customer: 'sam', dayOffset: 1, time: '09:30', notes: 'Soft caramel tones, please.' },
  { shop: 'willow-wave', staff: 'tom', service: 'mens-cut', customer: 'alex', dayOffset: 2, time: '11:00' },
  { shop: 'willow-wave', staff: 'freya', service: 'colour', customer: 'taylor', dayOffset: 4, time: '10:00', status: 'pending' },
  { shop: 'willow-wave', staff: 'hannah', service: 'cut-blow', customer: 'jordan', dayOffset: 3, time: '15:00' },
  { shop: 'marylebone-barber', staff: 'dev', service: 'fade', customer: 'sam', dayOffset: 2, time: '08:30' },
  { shop: 'marylebone-barber', staff: 'dev', service: 'shave', customer: 'alex', dayOffset: 6, time: '12:00' },
  { shop: 'marylebone-barber', staff: 'jack', service: 'classic', customer: 'casey', dayOffset: 1, time: '17:00', status: 'cancelled' },
  { shop: 'atelier-schnitt', staff: 'lena', service: 'farbe', customer: 'taylor', dayOffset: 3, time: '11:00' },
  { shop: 'atelier-schnitt', staff: 'mehmet', service: 'herren', customer: 'sam', dayOffset: 5, time: '12:30' },
  { shop: 'fade-soho', staff: 'kwame', service: 'fade', customer: 'sam', dayOffset: 1, time: '10:00' },
  { shop: 'fade-soho', staff: 'leo', service: 'beard', customer: 'alex', dayOffset: 2, time: '18:00' },
  { shop: 'studio-colour', staff: 'ines', service: 'highlights', customer: 'taylor', dayOffset: 3, time: '14:00', notes: 'Cool blonde, not brassy.' },
  { shop: 'nail-bar-kx', staff: 'mai', service: 'biab', customer: 'jordan', dayOffset: 2, time: '09:00' },
  { shop: 'glow-skin-clinic', staff: 'olena', service: 'facial', customer: 'sam', dayOffset: 4, time: '11:00', status: 'pending' },
  { shop: 'knead-massage', staff: 'aiko', service: 'sports', customer: 'casey', dayOffset: 1, time: '18:30' },
  { shop: 'hudson-fade', staff: 'andre', service: 'fade-beard', customer: 'alex', dayOffset: 1, time: '10:00' },
  { shop: 'hudson-fade', staff: 'luis', service: 'kids', customer: 'alex', dayOffset: 3, time: '16:00', notes: 'For my son, age 7.' },
  { shop: 'hudson-fade', staff: 'kim', service: 'haircut', customer: 'jordan', dayOffset: 8, time: '13:00' },
  { shop: 'sunset-shear', staff: 'bella', service: 'keratin', customer: 'taylor', dayOffset: 2, time: '09:00' },
  { shop: 'sunset-shear', staff: 'chloe', service: 'gel', customer: 'taylor', dayOffset: 2, time: '14:00' },
  { shop: 'sunset-shear', staff: 'ryan', service: 'blowout', customer: 'casey', dayOffset: 7, time: '17:00', status: 'pending' },
  { shop: 'harbour-glow', staff: 'mia', service: 'balayage', customer: 'jordan', dayOffset: 1, time: '09:30' },
  { shop: 'harbour-glow', staff: 'aroha', service: 'brows', customer: 'jordan', dayOffset: 4, time: '13:30' },
  { shop: 'kesari', staff: 'anjali', service: 'colour', customer: 'casey', dayOffset: 1, time: '11:00' },
  { shop: 'kesari', staff: 'meera', service: 'bridal-trial', customer: 'casey', dayOffset: 5, time: '15:00', notes: 'Wedding on the 20th; bringing reference photos.' },
  { shop: 'kesari', staff: 'rohan', service: 'spa', customer: 'sam', dayOffset: 2, time: '18:00', status: 'cancelled' },
  { shop: 'indiranagar-style', staff: 'karthik', service: 'mens-cut', customer: 'casey', dayOffset: 3, time: '10:30' },
  { shop: 'indiranagar-style', staff: 'divya', service: 'womens-cut', customer: 'casey', dayOffset: 4, time: '19:00' },
];
