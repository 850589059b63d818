/** A date-time without an offset (as a datetime-local field sends it) is taken as UTC. */
export function parseUtc(value: string): Date {
  return new Date(/(Z|[+-]\d\d:?\d\d)$/i.test(value) ? value : `${value}Z`);
}
