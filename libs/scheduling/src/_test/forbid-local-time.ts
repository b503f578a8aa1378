// Date methods that read or write the process time zone. The engine must never call them: a call
// is how a result would come to depend on the TZ the server happens to run in.
const LOCAL_METHODS = [
  'getFullYear', 'getMonth', 'getDate', 'getDay', 'getHours', 'getMinutes', 'getSeconds',
  'getMilliseconds', 'getTimezoneOffset', 'setFullYear', 'setMonth', 'setDate', 'setHours',
  'setMinutes', 'setSeconds', 'setMilliseconds', 'toString', 'toDateString', 'toTimeString',
  'toLocaleString', 'toLocaleDateString', 'toLocaleTimeString',
] as const;

/** Runs `fn` with every local-time `Date` method throwing, then restores them. */
export function forbidLocalTime<T>(fn: () => T): T {
  const proto = Date.prototype as unknown as Record<string, unknown>;
  const saved = LOCAL_METHODS.map((name) => [name, proto[name]] as const);
  for (const name of LOCAL_METHODS) {
    proto[name] = () => {
      throw new Error(`Date.prototype.${name} reads the process time zone`);
    };
  }
  try {
    return fn();
  } finally {
    for (const [name, method] of saved) proto[name] = method;
  }
}
