import { isIPv6 } from "node:net";

/**
 * The part of a client address a limit counts by. An IPv6 subscriber usually holds a whole
 * /64, so counting single IPv6 addresses would hand an attacker 2^64 fresh keys: count the
 * /64 instead. IPv4 (also IPv4-mapped IPv6) counts per address.
 */
export function addressKey(address: string): string {
  if (!isIPv6(address)) return address;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  const [head = "", tail] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(":")}::/64`;
}
