/** A demo person: `name` is the handle `npm run token -- --user <name>` takes. */
export type DemoUser = {
  name: string;
  clerkUserId: string;
  role: 'owner' | 'customer';
  email: string;
  displayName: string;
  phone: string;
  /** Owners only: the business behind their shops. */
  businessName?: string;
};

/** Everyone the demo seed creates: 3 owners and 5 customers, with fixed Clerk ids. */
export const DEMO_USERS: readonly DemoUser[] = [
  { name: 'olivia', clerkUserId: 'user_olivia', role: 'owner', email: 'olivia.bennett@example.com', displayName: 'Olivia Bennett', phone: '+44 20 7946 0101', businessName: 'Bennett Hair Group Ltd' },
  { name: 'marcus', clerkUserId: 'user_marcus', role: 'owner', email: 'marcus.reid@example.com', displayName: 'Marcus Reid', phone: '+1 212 555 0142', businessName: 'Reid Grooming LLC' },
  { name: 'priya', clerkUserId: 'user_priya', role: 'owner', email: 'priya.sharma@example.com', displayName: 'Priya Sharma', phone: '+61 2 5550 1234', businessName: 'Kesari Beauty Pty Ltd' },
  { name: 'sam', clerkUserId: 'user_sam', role: 'customer', email: 'sam.carter@example.com', displayName: 'Sam Carter', phone: '+44 7700 900123' },
  { name: 'alex', clerkUserId: 'user_alex', role: 'customer', email: 'alex.morgan@example.com', displayName: 'Alex Morgan', phone: '+1 917 555 0199' },
  { name: 'jordan', clerkUserId: 'user_jordan', role: 'customer', email: 'jordan.lee@example.com', displayName: 'Jordan Lee', phone: '+61 412 345 678' },
  { name: 'taylor', clerkUserId: 'user_taylor', role: 'customer', email: 'taylor.kim@example.com', displayName: 'Taylor Kim', phone: '+1 323 555 0177' },
  { name: 'casey', clerkUserId: 'user_casey', role: 'customer', email: 'casey.patel@example.com', displayName: 'Casey Patel', phone: '+91 98200 12345' },
];
