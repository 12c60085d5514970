/** A path segment as Next hands it over (percent-encoded); null when the escape is malformed (/topics/%E0). */
export function decodeParam(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}
