import { AppError } from "@/lib/errors";

export const maxImageBytes = 512 * 1024;

/** The formats an uploaded image (logo, product picture) may have, known by their first bytes — never by the name or the claim. */
const signatures: { type: string; matches: (b: Buffer) => boolean }[] = [
  {
    type: "image/png",
    matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  { type: "image/jpeg", matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: "image/gif", matches: (b) => b.subarray(0, 4).toString("latin1") === "GIF8" },
  {
    type: "image/webp",
    matches: (b) =>
      b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP",
  },
];

const invalidImage = (reason: string) =>
  new AppError("invalid_input", `The image ${reason}.`, { invalidFields: [{ name: "image", reason }] });

/** Checks size and format; SVG is refused because it can carry script. */
export function detectImageType(bytes: Buffer): string {
  if (bytes.length === 0) throw invalidImage("is empty");
  if (bytes.length > maxImageBytes) throw invalidImage(`must be at most ${maxImageBytes / 1024} KB`);
  const match = signatures.find((s) => s.matches(bytes));
  if (!match) throw invalidImage("must be a PNG, JPEG, GIF or WebP image");
  return match.type;
}
