/** How much of a user-provided name an email quotes: enough to recognise it, too little to carry a message. */
export const quotedMaxLength = 60;

/**
 * User-provided text (an organization's or a person's name) as data inside an email: on one
 * line — control, format and line-separator characters become spaces, so it cannot add a
 * header or a paragraph — with URL schemes defanged so mail clients do not make them links,
 * cut to `max` characters with an ellipsis, in quotes. Never build a link from such text.
 */
export function quoted(text: string, max = quotedMaxLength): string {
  const oneLine = text
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+/gu, " ")
    .replace(/\s+/g, " ")
    .replace(/"/g, "'")
    .trim();
  const defanged = oneLine.replace(/([a-z][a-z0-9+.-]*):\/\//gi, "$1[:]//").replace(/\bwww\./gi, "www[.]");
  const characters = [...defanged];
  const short =
    characters.length > max
      ? `${characters
          .slice(0, max - 1)
          .join("")
          .trimEnd()}…`
      : defanged;
  return `"${short}"`;
}
